// The scheduler's enqueue_event_reminders() gives each seated registrant one reminder a day before
// and one an hour before, however often it runs.
//
// The outbox is shared by every test file, so the test runs inside one transaction and rolls back:
// nothing it enqueues is left for the other files.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, claimsFor, inTransaction, ok, owner, serviceRole } from '../support/db.ts';
import { createEvent } from '../support/notifications.ts';
import { clearRateLimits, createMember, type Member } from '../support/world.ts';

describe('event reminders', () => {
  let tomorrow: string;
  let soon: string;
  let later: string;
  let seated: Member;
  let quiet: Member;
  let waiting: Member;

  beforeAll(async () => {
    [seated, quiet, waiting] = await Promise.all([createMember(), createMember(), createMember()]);
    await owner(`insert into public.email_preferences (user_id, kind, enabled) values ($1, 'events', false)`, [quiet.id]);
    tomorrow = await createEvent({ capacity: 2, startsIn: '20 hours', title: 'Entrée express 2027' });
    soon = await createEvent({ capacity: 2, startsIn: '40 minutes', title: 'Questions-réponses' });
    later = await createEvent({ capacity: 2, startsIn: '3 days', title: 'Plus tard' });
    for (const event of [tomorrow, soon, later]) {
      await Promise.all([seated, quiet, waiting].map((m) => clearRateLimits(m.id))); // one registration per second per member
      for (const m of [seated, quiet, waiting]) await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
    }
  });

  it('run twice, enqueue_event_reminders gives each seated registrant one 24 h and one 1 h reminder, emailed once', async () => {
    const settings: [string, string][] = [
      ['role', 'service_role'],
      ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))],
    ];
    await inTransaction(
      settings,
      async (q) => {
        type Reminder = { user_id: string; event_id: string; lead: string; title: string; link: string; n: number };
        const reminders = async () => {
          await q.query('set local role postgres');
          const notifications = await q.query<Reminder>(
            `select user_id, data ->> 'event_id' as event_id, data ->> 'lead' as lead, title, link, count(*)::int as n
             from public.notifications
             where kind = 'event_reminder' and user_id = any($1::uuid[])
             group by 1, 2, 3, 4, 5 order by 1, 2, 3`,
            [[seated.id, quiet.id, waiting.id]],
          );
          const emails = await q.query<{ user_id: string; to_email: string; dedupe_key: string; n: number }>(
            `select user_id, to_email, dedupe_key, count(*)::int as n from public.email_outbox
             where template = 'event_reminder' and user_id = any($1::uuid[]) group by 1, 2, 3 order by 1, 3`,
            [[seated.id, quiet.id, waiting.id]],
          );
          const broadcasts = await q.query<{ n: number }>(
            `select count(*)::int as n from realtime.messages where topic = $1 and payload ->> 'kind' = 'event_reminder'`,
            [`user:${seated.id}`],
          );
          await q.query('set local role service_role');
          const byKey = <T,>(key: (r: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
          return {
            notifications: notifications.rows.sort(byKey((r: Reminder) => r.user_id + r.event_id)),
            emails: emails.rows.sort(byKey((r: { dedupe_key: string }) => r.dedupe_key)),
            broadcasts: broadcasts.rows[0]!.n,
          };
        };

        await q.query(`select public.enqueue_event_reminders() as n`);
        const afterFirst = await reminders();
        await q.query(`select public.enqueue_event_reminders() as n`);
        const afterSecond = await reminders();
        expect(afterSecond).toEqual(afterFirst);

        const expected = (m: Member) => [
          { user_id: m.id, event_id: soon, lead: '1h', title: 'Dans une heure : « Questions-réponses »', link: `/live/${soon}`, n: 1 },
          { user_id: m.id, event_id: tomorrow, lead: '24h', title: 'Rappel : « Entrée express 2027 »', link: `/live/${tomorrow}`, n: 1 },
        ].sort((a, b) => a.event_id.localeCompare(b.event_id));
        const byUser = (id: string) => afterFirst.notifications.filter((r) => r.user_id === id);
        expect(byUser(seated.id)).toEqual(expected(seated));
        expect(byUser(quiet.id)).toEqual(expected(quiet));
        expect(byUser(waiting.id)).toEqual([]); // waitlisted: no seat, no reminder
        expect(afterFirst.emails).toEqual(
          [
            { user_id: seated.id, to_email: seated.email, dedupe_key: `reminder:${soon}:${seated.id}:1h`, n: 1 },
            { user_id: seated.id, to_email: seated.email, dedupe_key: `reminder:${tomorrow}:${seated.id}:24h`, n: 1 },
          ].sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key)),
        );
        expect(afterFirst.broadcasts).toBe(2);
      },
      { rollback: true },
    );
  });
});
