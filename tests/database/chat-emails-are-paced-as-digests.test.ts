// Chat emails: the first unread message of a dossier emails its recipient at once; while it stays
// unread, later messages gather into one digest sent 15 minutes after the previous chat email, and
// reading the chat cancels the pending digest. Emails say who wrote and when, never what. Times are
// the messages' own, pinned here (written as the table owner), never the wall clock.
import { describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import { caseFile, notificationsOf, type Case } from '../support/notifications.ts';
import { checkout, parallelPool, releaseAll } from '../support/parallel.ts';
import type { Member } from '../support/world.ts';

const T0 = Date.parse('2026-11-25T15:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

type ChatEmail = {
  id: string;
  status: string;
  due: string;
  digest: boolean;
  messages: { sender_name: string; sent_at: string }[];
  payload: Record<string, unknown>;
};

/** A message `from` wrote at `minutes` after T0, as the table owner so its time is pinned. */
async function say(c: Case, from: Member, minutes: number, body = `Message de la minute ${minutes}`) {
  await owner(`insert into public.messages (dossier_id, sender_id, body, created_at) values ($1, $2, $3, $4)`, [
    c.dossier, from.id, body, at(minutes),
  ]);
}

async function chatEmailsOf(member: Member): Promise<ChatEmail[]> {
  const { rows } = await owner<ChatEmail>(
    `select id::text, status::text, to_char(next_attempt_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as due,
            coalesce((payload ->> 'digest')::boolean, false) as digest, payload -> 'messages' as messages, payload
       from public.email_outbox where user_id = $1 and template = 'message_received' order by id`,
    [member.id],
  );
  return rows;
}

/** The payload's times as instants (their text follows the session's zone). */
const timesOf = (email: ChatEmail) => email.messages.map((m) => ({ sender_name: m.sender_name, at: Date.parse(m.sent_at) }));
const byPro = (minutes: number) => ({ sender_name: 'Julien Roy', at: T0 + minutes * 60_000 });

describe('chat emails', () => {
  it('the first unread message emails at once; the next ones gather into one digest due 15 minutes later', async () => {
    const c = await caseFile();
    for (const minute of [0, 2, 9, 14]) await say(c, c.pro, minute, `Secret ${minute}`);
    const emails = await chatEmailsOf(c.candidate);
    expect(emails.map(({ status, due, digest }) => ({ status, due, digest }))).toEqual([
      { status: 'pending', due: at(0), digest: false },
      { status: 'pending', due: at(15), digest: true },
    ]);
    expect(timesOf(emails[0]!)).toEqual([byPro(0)]);
    expect(timesOf(emails[1]!)).toEqual([2, 9, 14].map(byPro));
    // Who and when, never what: no body reaches the outbox.
    expect(JSON.stringify(emails)).not.toContain('Secret');
    // Every message still makes its in-app notification; the sender gets no email.
    expect(await notificationsOf(c.candidate.id, 'message_received')).toHaveLength(4);
    expect(await chatEmailsOf(c.pro)).toEqual([]);
  });

  it('once a digest is on its way, the next unread message waits for the next 15-minute slot', async () => {
    const c = await caseFile();
    await say(c, c.pro, 0);
    await say(c, c.pro, 5);
    const [, digest] = await chatEmailsOf(c.candidate);
    await owner(`update public.email_outbox set status = 'sent', sent_at = $2 where id = $1`, [digest!.id, at(15)]);
    await say(c, c.pro, 16);
    await say(c, c.pro, 40);
    const emails = await chatEmailsOf(c.candidate);
    expect(emails.map(({ status, due, digest: d }) => ({ status, due, digest: d }))).toEqual([
      { status: 'pending', due: at(0), digest: false },
      { status: 'sent', due: at(15), digest: true },
      { status: 'pending', due: at(30), digest: true },
    ]);
    expect(timesOf(emails[2]!)).toEqual([byPro(16), byPro(40)]);
  });

  it('reading the chat in the app cancels the pending digest; the next message is the first unread again', async () => {
    const c = await caseFile();
    await say(c, c.pro, 0);
    await say(c, c.pro, 3);
    expect(await ok(attempt(c.candidate.actor, `select public.mark_dossier_messages_read($1) as n`, [c.dossier]))).toEqual([{ n: 2 }]);
    await say(c, c.pro, 20);
    const emails = await chatEmailsOf(c.candidate);
    expect(emails.map(({ status, due, digest }) => ({ status, due, digest }))).toEqual([
      { status: 'pending', due: at(0), digest: false },
      { status: 'cancelled', due: at(15), digest: true },
      { status: 'pending', due: at(20), digest: false },
    ]);
  });

  it('someone else reading the chat cancels nothing of the recipient’s', async () => {
    const c = await caseFile();
    await say(c, c.candidate, 0);
    await say(c, c.pro, 1);
    await say(c, c.pro, 2);
    // The pro reads the candidate's message; the candidate's own digest still waits.
    await ok(attempt(c.pro.actor, `select public.mark_dossier_messages_read($1)`, [c.dossier]));
    expect((await chatEmailsOf(c.candidate)).map((e) => e.status)).toEqual(['pending', 'pending']);
  });

  it('two messages written at once by two people join one digest', async () => {
    const c = await caseFile();
    await say(c, c.pro, 0);
    const pool = parallelPool(3);
    const [first, second, watcher] = await checkout(pool, 3);
    try {
      await first!.query('begin');
      await second!.query('begin');
      const insert = `insert into public.messages (dossier_id, sender_id, body, created_at) values ($1, $2, 'Bonjour', $3)`;
      await first!.query(insert, [c.dossier, c.pro.id, at(4)]);
      const secondPid = (await second!.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const secondInsert = second!.query(insert, [c.dossier, c.admin.id, at(5)]);
      // The second message waits on the first one's pacing row before choosing its digest.
      await expect.poll(async () =>
        (await watcher!.query<{ wait: string | null }>(`select wait_event_type as wait from pg_stat_activity where pid = $1`, [secondPid]))
          .rows[0]?.wait, { timeout: 10_000 }).toBe('Lock');
      await first!.query('commit');
      await secondInsert;
      await second!.query('commit');
    } finally {
      releaseAll([first!, second!, watcher!]);
      await pool.end();
    }
    const emails = await chatEmailsOf(c.candidate);
    expect(emails.map((e) => ({ digest: e.digest, due: e.due, senders: e.messages.map((m) => m.sender_name) }))).toEqual([
      { digest: false, due: at(0), senders: ['Julien Roy'] },
      { digest: true, due: at(15), senders: ['Julien Roy', 'Admin Capitune'] },
    ]);
  });
});
