// The scheduler's enqueue_task_reminders(as_of) reminds each assignee 7 days, 1 day before and on
// the due day, tells the pro once a task is overdue, and reminds the candidate and the pro 90 and
// 30 days before a document expires; days are counted in the recipient's zone (Eastern time: the
// accounts have no zone of their own yet). Each reminder goes out once, run after run, and when two
// runs overlap. The job is given a reference time, never today's date.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor, inTransaction, owner, serviceRole } from '../support/db.ts';
import { beginRequest, checkout, parallelPool, releaseAll, requestSettings } from '../support/parallel.ts';
import { createDocument, createDossier, createMember, type Member } from '../support/world.ts';

// 09:00 in Toronto on 25 November 2026; LATE_EVENING is 22:00 the same day there, already the 26th in UTC.
const AS_OF = '2026-11-25T14:00:00Z';
const LATE_EVENING = '2026-11-26T03:00:00Z';

let candidate: Member;
let pro: Member;
let dossier: string;
const tasks: Record<string, string> = {};
const documents: Record<string, string> = {};

async function task(name: string, dueOn: string, status = 'open') {
  const { rows } = await owner<{ id: string }>(
    `insert into public.tasks (dossier_id, assignee_id, created_by, title, due_on, status)
     values ($1, $2, $3, $4, $5::date, $6::public.task_status) returning id`,
    [dossier, candidate.id, pro.id, name, dueOn, status],
  );
  tasks[name] = rows[0]!.id;
}

beforeAll(async () => {
  [candidate, pro] = await Promise.all([createMember({ fullName: 'Candidate Rappels' }), createMember({ role: 'pro', fullName: 'Pro Rappels' })]);
  dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review', title: 'Résidence permanente' });
  await task('Dans une semaine', '2026-12-02');
  await task('Dans huit jours', '2026-12-03');
  await task('Demain', '2026-11-26');
  await task('Aujourd’hui', '2026-11-25');
  await task('Hier', '2026-11-24');
  await task('Déjà faite', '2026-11-25', 'done');
  await task('Annulée', '2026-11-25', 'cancelled');
  for (const [name, expiresOn] of [['passeport', '2027-02-20'], ['test', '2026-12-20'], ['lointain', '2027-06-01']] as const) {
    const { id } = await createDocument(dossier, candidate.id, { status: 'approved' });
    await owner(`update public.documents set expires_on = $2 where id = $1`, [id, expiresOn]);
    documents[name] = id;
  }
});

afterAll(async () => {
  // Committed by the overlap test: not for the other files' senders.
  if (candidate) await owner(`delete from public.email_outbox where user_id = any($1::uuid[])`, [[candidate.id, pro.id]]);
});

type Sent = { user_id: string; kind: string; title: string; n: number };
type Run = <R extends pg.QueryResultRow>(sql: string, params: unknown[]) => Promise<pg.QueryResult<R>>;
const on = (q: pg.ClientBase): Run => (sql, params) => q.query(sql, params);
const sentBy = (run: Run) =>
  run<Sent>(
    `select user_id, kind::text, title, count(*)::int as n from public.notifications
     where user_id = any($1::uuid[]) and kind in ('task_reminder', 'task_overdue', 'document_expiring')
     group by 1, 2, 3 order by 1, 2, 3`,
    [[candidate.id, pro.id]],
  );
const emailsBy = (run: Run) =>
  run<{ dedupe_key: string; n: number }>(
    `select dedupe_key, count(*)::int as n from public.email_outbox
     where user_id = any($1::uuid[]) and template in ('task_reminder', 'task_overdue', 'document_expiring')
     group by 1 order by 1`,
    [[candidate.id, pro.id]],
  );

const byTitle = (a: Sent, b: Sent) => (a.user_id + a.title).localeCompare(b.user_id + b.title);
function expectedAt9am(): Sent[] {
  const c = candidate.id;
  const p = pro.id;
  return [
    { user_id: c, kind: 'task_reminder', title: 'À faire d\'ici le 2\u00A0décembre 2026 : Dans une semaine', n: 1 },
    { user_id: c, kind: 'task_reminder', title: 'À faire demain : Demain', n: 1 },
    { user_id: c, kind: 'task_reminder', title: 'À faire aujourd\'hui : Aujourd’hui', n: 1 },
    { user_id: p, kind: 'task_overdue', title: 'Tâche en retard : Hier', n: 1 },
    // 87 and 25 days before expiry; the one 188 days away waits.
    { user_id: c, kind: 'document_expiring', title: 'Document bientôt expiré : Passeport', n: 2 },
    { user_id: p, kind: 'document_expiring', title: 'Document bientôt expiré : Passeport', n: 2 },
  ].sort(byTitle);
}

describe('task and document reminders', () => {
  it('run twice at 9:00, each due reminder is enqueued once, in the app and by email', async () => {
    const settings: [string, string][] = [['role', 'service_role'], ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))]];
    await inTransaction(settings, async (q) => {
      await q.query(`select public.enqueue_task_reminders($1)`, [AS_OF]);
      await q.query('set local role postgres');
      const first = (await sentBy(on(q))).rows;
      const emails = (await emailsBy(on(q))).rows;
      await q.query('set local role service_role');
      await q.query(`select public.enqueue_task_reminders($1)`, [AS_OF]);
      await q.query('set local role postgres');
      expect((await sentBy(on(q))).rows).toEqual(first);
      expect((await emailsBy(on(q))).rows).toEqual(emails);

      expect([...first].sort(byTitle)).toEqual(expectedAt9am());
      const keys = emails.map((e) => e.dedupe_key);
      expect(emails.every((e) => e.n === 1)).toBe(true);
      expect(keys).toEqual([
        `document-expiry:${documents.passeport}:${candidate.id}:90d`,
        `document-expiry:${documents.passeport}:${pro.id}:90d`,
        `document-expiry:${documents.test}:${candidate.id}:30d`,
        `document-expiry:${documents.test}:${pro.id}:30d`,
        `task-reminder:${tasks['Aujourd’hui']}:day`,
        `task-reminder:${tasks['Dans une semaine']}:7d`,
        `task-reminder:${tasks.Demain}:1d`,
        `task-reminder:${tasks.Hier}:overdue`,
      ].sort());
    }, { rollback: true });
  });

  it('days are the recipient’s: at 22:00 in Toronto (the 26th in UTC) tomorrow is still tomorrow', async () => {
    const settings: [string, string][] = [['role', 'service_role'], ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))]];
    await inTransaction(settings, async (q) => {
      await q.query(`select public.enqueue_task_reminders($1)`, [LATE_EVENING]);
      await q.query('set local role postgres');
      const leads = await q.query<{ task_id: string; lead: string }>(
        `select task_id, lead from public.task_reminders_sent where task_id = any($1::uuid[]) order by lead`,
        [[tasks.Demain, tasks['Aujourd’hui']]],
      );
      expect(leads.rows).toEqual([{ task_id: tasks.Demain, lead: '1d' }, { task_id: tasks['Aujourd’hui'], lead: 'day' }]);
      // The next morning, the day before becomes the day, and yesterday's task is overdue, once.
      await q.query('set local role service_role');
      await q.query(`select public.enqueue_task_reminders('2026-11-26T14:00:00Z')`);
      await q.query('set local role postgres');
      const next = await q.query<{ task_id: string; lead: string }>(
        `select task_id, lead from public.task_reminders_sent where task_id = any($1::uuid[]) order by task_id, lead`,
        [[tasks.Demain, tasks['Aujourd’hui']]],
      );
      expect(next.rows).toEqual(
        [
          { task_id: tasks.Demain, lead: '1d' }, { task_id: tasks.Demain, lead: 'day' },
          { task_id: tasks['Aujourd’hui'], lead: 'day' }, { task_id: tasks['Aujourd’hui'], lead: 'overdue' },
        ].sort((a, b) => (a.task_id + a.lead).localeCompare(b.task_id + b.lead)),
      );
    }, { rollback: true });
  });

  it('two overlapping runs, each in its own transaction, send each reminder once', async () => {
    const pool = parallelPool(3);
    const [first, second, watcher] = await checkout(pool, 3);
    try {
      const settings = await requestSettings(serviceRole);
      await beginRequest(first!, settings);
      await beginRequest(second!, settings);
      await second!.query('select 1'); // both transactions are open before either run
      await first!.query(`select public.enqueue_task_reminders($1)`, [AS_OF]);
      const secondPid = (await second!.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const secondRun = second!.query(`select public.enqueue_task_reminders($1)`, [AS_OF]);
      // The second run reaches the first one's uncommitted reminders and waits on them.
      await expect.poll(async () =>
        (await watcher!.query<{ wait: string | null }>(`select wait_event_type as wait from pg_stat_activity where pid = $1`, [secondPid]))
          .rows[0]?.wait, { timeout: 10_000 }).toBe('Lock');
      await first!.query('commit');
      await secondRun;
      await second!.query('commit');
    } finally {
      releaseAll([first!, second!, watcher!]);
      await pool.end();
    }
    expect((await sentBy(owner)).rows.sort(byTitle)).toEqual(expectedAt9am());
    const emails = await owner<{ n: number }>(
      `select count(*)::int as n from public.email_outbox where user_id = any($1::uuid[])
         and template in ('task_reminder', 'task_overdue', 'document_expiring')`,
      [[candidate.id, pro.id]],
    );
    expect(emails.rows[0]!.n).toBe(8);
  });
});
