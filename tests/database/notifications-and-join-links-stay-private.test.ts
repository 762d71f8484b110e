// Nobody reads, marks or clears another member's notifications or listens on their channel, and an
// event's join link is for those with a seat only.
import { beforeAll, describe, expect, it } from 'vitest';
import { type CommunityCast, createCommunityCast, createEvent, createNotification, createRegistration } from '../support/community.ts';
import { type Actor, anon, attempt, nothing, one } from '../support/db.ts';
import { channelAccess } from '../support/realtime.ts';
import { clearRateLimits, createMember } from '../support/world.ts';

let c: CommunityCast;

beforeAll(async () => {
  c = await createCommunityCast();
});

describe("someone else's notifications", () => {
  let notification: string;
  beforeAll(async () => {
    notification = await createNotification(c.member.id, 'Votre document a été approuvé');
  });
  const readAt = async () => (await one('select read_at from public.notifications where id = $1', [notification])).read_at;

  it.each([['another member', 'other'], ['a pro', 'pro'], ['an admin', 'admin']] as const)(
    '%s cannot read them, by id or by owner',
    async (_label, who) => {
      expect(await attempt(c[who].actor, 'select id from public.notifications where id = $1', [notification])).toMatchObject(nothing);
      expect(await attempt(c[who].actor, 'select id from public.notifications where user_id = $1', [c.member.id])).toMatchObject(nothing);
    },
  );

  it('another member cannot mark them read, one by one or all at once', async () => {
    expect(await attempt(c.other.actor, 'update public.notifications set read_at = now() where id = $1', [notification]))
      .toMatchObject(nothing);
    const all = await attempt<{ n: number }>(c.other.actor, 'select public.mark_all_notifications_read() as n');
    expect(all).toMatchObject({ ok: true, rows: [{ n: 0 }] });
    expect(await readAt()).toBeNull();
  });

  it('another member cannot clear them', async () => {
    expect(await attempt(c.other.actor, 'delete from public.notifications where id = $1', [notification])).toMatchObject(nothing);
    expect(await one('select count(*)::int as n from public.notifications where id = $1', [notification])).toEqual({ n: 1 });
  });

  it.each([['another member', 'other'], ['a pro', 'pro'], ['an admin', 'admin']] as const)(
    "%s cannot join the member's channel user:<id>",
    async (_label, who) => {
      expect(await channelAccess(c[who].actor, `user:${c.member.id}`)).toEqual({ canRead: false, canWrite: false });
      expect(await channelAccess(c[who].actor, `user:${c.member.id}`, 'presence')).toEqual({ canRead: false, canWrite: false });
    },
  );

  it("anonymous visitors cannot join a user's channel", async () => {
    expect(await channelAccess(anon, `user:${c.member.id}`)).toEqual({ canRead: false, canWrite: false });
  });

  it('the member listens on their own channel, but nobody can send on it from the browser', async () => {
    expect(await channelAccess(c.member.actor, `user:${c.member.id}`)).toEqual({ canRead: true, canWrite: false });
  });
});

describe('join links', () => {
  const link = (actor: Actor, event: string) => attempt(actor, 'select join_url from public.event_join_links where event_id = $1', [event]);

  it('a member who has not registered cannot read the join link', async () => {
    const event = await createEvent();
    expect(await link(c.other.actor, event)).toMatchObject(nothing);
  });

  it('a waitlisted member cannot read the join link until a seat is theirs', async () => {
    const event = await createEvent({ capacity: 1, joinUrl: 'https://zoom.us/j/777' });
    const first = await createMember();
    expect(await attempt(first.actor, `select status from public.register_for_event($1)`, [event]))
      .toMatchObject({ ok: true, rows: [{ status: 'registered' }] });
    expect(await attempt(c.other.actor, `select status from public.register_for_event($1)`, [event]))
      .toMatchObject({ ok: true, rows: [{ status: 'waitlisted' }] });
    expect(await link(c.other.actor, event)).toMatchObject(nothing);

    // The seat frees up: the waitlisted member is promoted and now sees the link.
    await clearRateLimits(first.id); // one registration change per second per member
    expect(await attempt(first.actor, 'select public.unregister_from_event($1)', [event])).toMatchObject({ ok: true });
    expect(await link(c.other.actor, event)).toMatchObject({ ok: true, rows: [{ join_url: 'https://zoom.us/j/777' }] });
    // And the one who left no longer does.
    expect(await link(first.actor, event)).toMatchObject(nothing);
  });

  it('a suspended member loses the join link of an event they registered for', async () => {
    const event = await createEvent();
    await createRegistration(event, c.suspended.id);
    expect(await link(c.suspended.actor, event)).toMatchObject(nothing);
  });
});
