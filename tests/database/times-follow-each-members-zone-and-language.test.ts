// Each account has a time zone (the browser's at sign-up, editable) and a language; every time in
// a member's notifications and emails is in their zone, written in their language. Two members in
// different zones register for the same event and get its reminders; the expected wall times come
// from Intl (ICU), not from PostgreSQL, so the two implementations check each other; the zone is
// named as people say it (« heure de l’Est », "Japan Standard Time"), as the emails name it. The emails carry
// each time as the database wrote it for the notification (starts_at_text, sent_at_text): the sender
// prints that text, so no runtime's own tzdata can give an email another wall time.
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/auth.ts';
import { createEvent } from '../support/community.ts';
import { anon, attempt, claimsFor, inTransaction, ok, one, owner, refused, serviceRole } from '../support/db.ts';
import { expectedLocalTime } from '../support/member-local-time.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { caseFile } from '../support/notifications.ts';
import { clearRateLimits, createMember, type Member, TERMS_VERSION } from '../support/world.ts';

async function memberIn(zone: string, locale: 'fr-CA' | 'fr-FR' | 'en-CA'): Promise<Member> {
  const member = await createMember();
  await owner('update public.accounts set time_zone = $2, locale = $3 where user_id = $1', [member.id, zone, locale]);
  return member;
}

describe('time zones at sign-up', () => {
  it('sign-up keeps the zone the browser sent, and falls back to Eastern time for none or an unknown one', async () => {
    const zoneOf = async (metadata: Record<string, unknown>) => {
      const { id } = await signUp({ fullName: 'Awa', metadata: { terms_version: TERMS_VERSION, ...metadata } });
      return (await one<{ time_zone: string }>('select time_zone from public.accounts where user_id = $1', [id])).time_zone;
    };
    expect(await zoneOf({ time_zone: 'Asia/Tokyo' })).toBe('Asia/Tokyo');
    expect(await zoneOf({ time_zone: 'America/Argentina/Buenos_Aires' })).toBe('America/Argentina/Buenos_Aires');
    expect(await zoneOf({})).toBe('America/Toronto');
    expect(await zoneOf({ time_zone: 'Mars/Olympus_Mons' })).toBe('America/Toronto'); // never refuses a sign-up
    expect(await zoneOf({ time_zone: 42 })).toBe('America/Toronto');
  });
});

describe('members choose their zone', () => {
  it('a member sets a known zone; an unknown one is refused with a French sentence; another member’s is out of reach', async () => {
    const [awa, lucas] = await Promise.all([createMember(), createMember()]);
    await ok(attempt(awa.actor, `update public.accounts set time_zone = 'Europe/Paris' where user_id = $1`, [awa.id]));
    const refused = await attempt(awa.actor, `update public.accounts set time_zone = 'Europe/Atlantis' where user_id = $1`, [awa.id]);
    expect(await expectClearFrenchError(refused, '22023')).toMatch(/Fuseau horaire inconnu/);
    const other = await attempt(awa.actor, `update public.accounts set time_zone = 'Asia/Tokyo' where user_id = $1`, [lucas.id]);
    expect(other).toMatchObject({ ok: true, rowCount: 0 });
    const zones = await owner<{ user_id: string; time_zone: string }>(
      'select user_id, time_zone from public.accounts where user_id = any($1::uuid[])', [[awa.id, lucas.id]],
    );
    expect(Object.fromEntries(zones.rows.map((r) => [r.user_id, r.time_zone])))
      .toEqual({ [awa.id]: 'Europe/Paris', [lucas.id]: 'America/Toronto' });
  });
});

describe('notifications and emails in each member’s zone and language', () => {
  let toronto: Member;
  let tokyo: Member;
  let event: string;
  let startsAt: Date;

  beforeAll(async () => {
    [toronto, tokyo] = await Promise.all([memberIn('America/Toronto', 'fr-CA'), memberIn('Asia/Tokyo', 'en-CA')]);
    event = await createEvent({ capacity: 5, startsIn: '20 hours', title: 'Entrée express, session 2' });
    startsAt = (await one<{ starts_at: Date }>('select starts_at from public.events where id = $1', [event])).starts_at;
    await Promise.all([toronto, tokyo].map((m) => clearRateLimits(m.id)));
    for (const m of [toronto, tokyo]) await ok(attempt(m.actor, 'select id from public.register_for_event($1)', [event]));
  });

  it('a registration’s notification gives the start in the member’s zone and language, and its email carries both', async () => {
    const rows = await owner<{ user_id: string; title: string; body: string }>(
      `select user_id, title, body from public.notifications where kind = 'event_registered' and data ->> 'event_id' = $1`,
      [event],
    );
    const byUser = Object.fromEntries(rows.rows.map((r) => [r.user_id, r]));
    expect(byUser[toronto.id]).toMatchObject({
      title: 'Inscription confirmée : « Entrée express, session 2 »',
      body: expectedLocalTime(startsAt, 'America/Toronto', 'fr'),
    });
    expect(byUser[tokyo.id]).toMatchObject({
      title: 'Registration confirmed: “Entrée express, session 2”',
      body: expectedLocalTime(startsAt, 'Asia/Tokyo', 'en'),
    });
    expect(byUser[toronto.id]!.body).toMatch(/\(heure de l’Est\)$/);
    expect(byUser[tokyo.id]!.body).toMatch(/\(Japan Standard Time\)$/);
    const emails = await owner<{ user_id: string; locale: string; time_zone: string; starts_at_text: string }>(
      `select user_id, payload ->> 'locale' as locale, payload ->> 'time_zone' as time_zone,
              payload ->> 'starts_at_text' as starts_at_text
       from public.email_outbox where template = 'event_registered' and payload ->> 'event_id' = $1 order by user_id`,
      [event],
    );
    expect(emails.rows).toEqual(expect.arrayContaining([
      { user_id: toronto.id, locale: 'fr-CA', time_zone: 'America/Toronto', starts_at_text: byUser[toronto.id]!.body },
      { user_id: tokyo.id, locale: 'en-CA', time_zone: 'Asia/Tokyo', starts_at_text: byUser[tokyo.id]!.body },
    ]));
    expect(emails.rows).toHaveLength(2);
  });

  it('the reminders a day before carry each member’s local time, in their language', async () => {
    const settings: [string, string][] = [
      ['role', 'service_role'],
      ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))],
    ];
    // The outbox is shared by every test file: enqueue, read, roll back.
    const reminders = await inTransaction(settings, async (q) => {
      await q.query('select public.enqueue_event_reminders()');
      await q.query('set local role postgres');
      const { rows } = await q.query<{ user_id: string; title: string; body: string; locale: string; time_zone: string; starts_at_text: string }>(
        `select n.user_id, n.title, n.body, o.payload ->> 'locale' as locale, o.payload ->> 'time_zone' as time_zone,
                o.payload ->> 'starts_at_text' as starts_at_text
         from public.notifications n
         join public.email_outbox o on o.dedupe_key = 'reminder:' || (n.data ->> 'event_id') || ':' || n.user_id || ':24h'
         where n.kind = 'event_reminder' and n.data ->> 'event_id' = $1`,
        [event],
      );
      return rows;
    }, { rollback: true });
    expect(reminders).toEqual(expect.arrayContaining([
      {
        user_id: toronto.id, title: 'Rappel : « Entrée express, session 2 »',
        body: expectedLocalTime(startsAt, 'America/Toronto', 'fr'), locale: 'fr-CA', time_zone: 'America/Toronto',
        starts_at_text: expectedLocalTime(startsAt, 'America/Toronto', 'fr'),
      },
      {
        user_id: tokyo.id, title: 'Reminder: “Entrée express, session 2”',
        body: expectedLocalTime(startsAt, 'Asia/Tokyo', 'en'), locale: 'en-CA', time_zone: 'Asia/Tokyo',
        starts_at_text: expectedLocalTime(startsAt, 'Asia/Tokyo', 'en'),
      },
    ]));
    expect(reminders).toHaveLength(2);
  });

  it('a member reads an instant as their own notifications write it (the calendar file’s start), and no one else’s', async () => {
    const [registration] = await ok(attempt(tokyo.actor,
      `select n.body, public.my_local_time(($1::timestamptz)) as mine from public.notifications n
       where n.kind = 'event_registered' and n.data ->> 'event_id' = $2`, [startsAt, event]));
    expect(registration).toEqual({ body: expectedLocalTime(startsAt, 'Asia/Tokyo', 'en'), mine: registration!.body });
    const [french] = await ok(attempt(toronto.actor, 'select public.my_local_time($1) as mine', [startsAt]));
    expect(french!.mine).toBe(expectedLocalTime(startsAt, 'America/Toronto', 'fr'));
    expect(await attempt(anon, 'select public.my_local_time($1)', [startsAt])).toMatchObject(refused);
    // The helper takes no member: a member cannot learn where another lives.
    expect(await attempt(tokyo.actor, 'select private.member_local_time($1, $2)', [startsAt, toronto.id])).toMatchObject(refused);
  });

  it('a chat email carries when the message was written, in the recipient’s zone and language', async () => {
    const c = await caseFile();
    await owner('update public.accounts set time_zone = $2, locale = $3 where user_id = $1', [c.candidate.id, 'Asia/Tokyo', 'en-CA']);
    const sentAt = new Date('2026-11-25T15:05:00Z');
    await owner('insert into public.messages (dossier_id, sender_id, body, created_at) values ($1, $2, $3, $4)',
      [c.dossier, c.pro.id, 'Bonjour', sentAt]);
    const { messages } = await one<{ messages: { sent_at_text: string }[] }>(
      `select payload -> 'messages' as messages from public.email_outbox where user_id = $1 and template = 'message_received'`,
      [c.candidate.id],
    );
    expect(messages.map((m) => m.sent_at_text)).toEqual([expectedLocalTime(sentAt, 'Asia/Tokyo', 'en')]);
  });
});
