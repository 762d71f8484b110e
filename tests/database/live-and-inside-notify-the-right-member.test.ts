// Live and Inside notify the member concerned once, with a link to the event or the post: a seat,
// a waitlist place, a promotion, a cancellation (with an email), a reply to a post (without one).
import { describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import {
  createEvent, emailsOf, expectNothingFor, expectNotifiedOnce, expectOneBroadcastPerNotification, notificationsOf,
} from '../support/notifications.ts';
import { clearRateLimits, createMember, type Member } from '../support/world.ts';

describe('Live events', () => {
  it('taking a seat, joining the waitlist and being promoted each notify the member once, with a link to the event', async () => {
    const [first, second] = await Promise.all([createMember(), createMember()]);
    const event = await createEvent({ capacity: 1, title: 'Permis d’études' });
    const link = `/live/${event}`;
    await ok(attempt(first.actor, `select id from public.register_for_event($1)`, [event]));
    await ok(attempt(second.actor, `select id from public.register_for_event($1)`, [event]));
    await expectNotifiedOnce(first, { kind: 'event_registered', link, title: 'Inscription confirmée : « Permis d’études »', data: { event_id: event } });
    await expectNotifiedOnce(second, { kind: 'event_waitlisted', link, title: "Liste d'attente : « Permis d’études »" });
    await expectNothingFor(second, 'event_promoted');

    await clearRateLimits(first.id); // one registration change per second per member
    await ok(attempt(first.actor, `select public.unregister_from_event($1)`, [event]));
    await expectNotifiedOnce(second, { kind: 'event_promoted', link, title: "Une place s'est libérée : « Permis d’études »" });
    await expectNothingFor(first, 'event_promoted');
    // Registering again when already registered changes nothing and tells nobody again.
    await ok(attempt(second.actor, `select id from public.register_for_event($1)`, [event]));
    expect(await notificationsOf(second.id)).toHaveLength(2);
    await expectOneBroadcastPerNotification(first);
    await expectOneBroadcastPerNotification(second);
  });

  it('cancelling an event notifies every registrant, seated or waitlisted, with the reason, and nobody else', async () => {
    const [seated1, seated2, waiting, outsider, admin] = await Promise.all([
      createMember(),
      createMember(),
      createMember(),
      createMember(),
      createMember({ role: 'admin' }),
    ]);
    const event = await createEvent({ capacity: 2, title: 'Parrainage familial' });
    for (const m of [seated1, seated2, waiting]) await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
    await ok(attempt(admin.actor, `select id from public.cancel_event($1, $2)`, [event, ' Intervenante malade ']));
    for (const m of [seated1, seated2, waiting]) {
      await expectNotifiedOnce(m, {
        kind: 'event_cancelled',
        link: `/live/${event}`,
        title: 'Live annulé : « Parrainage familial »',
        body: 'Intervenante malade',
        data: { event_id: event, reason: 'Intervenante malade' },
      });
    }
    await expectNothingFor(outsider);
    await expectNothingFor(admin, 'event_cancelled');
  });
});

describe('Inside replies', () => {
  async function postBy(author: Member): Promise<string> {
    const { rows } = await owner<{ id: string }>(
      `insert into public.posts (author_id, title, body) values ($1, 'Délais IRCC', 'Quels délais pour la RP ?') returning id`,
      [author.id],
    );
    return rows[0]!.id;
  }

  it("a comment by someone else notifies the post's author once, with a link to the post, and sends no email", async () => {
    const [author, replier] = await Promise.all([createMember(), createMember({ fullName: 'Kofi Mensah' })]);
    const post = await postBy(author);
    const [comment] = await ok(
      attempt<{ id: string }>(replier.actor, `insert into public.comments (post_id, body) values ($1, $2) returning id`, [post, 'Environ six mois.']),
    );
    await expectNotifiedOnce(
      author,
      {
        kind: 'post_reply',
        link: `/inside/${post}`,
        title: 'Kofi Mensah a répondu à votre publication',
        body: 'Environ six mois.',
        data: { post_id: post, comment_id: comment!.id },
      },
      'no email',
    );
    expect(await emailsOf(author.id)).toEqual([]);
    await expectNothingFor(replier);
  });

  it('the author commenting on their own post notifies nobody', async () => {
    const author = await createMember();
    const post = await postBy(author);
    await ok(attempt(author.actor, `insert into public.comments (post_id, body) values ($1, 'Mise à jour : reçu !')`, [post]));
    await expectNothingFor(author);
  });
});
