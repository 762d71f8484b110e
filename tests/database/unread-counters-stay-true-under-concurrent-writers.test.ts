// A dossier's unread counters stay equal to the true rows when messages, read receipts and
// reassignments race each other on one dossier.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owner, serviceRole } from '../support/db.ts';
import {
  beginRequest,
  checkout,
  parallelPool,
  releaseAll,
  requestSettings,
  spareConnections,
  type RequestSettings,
} from '../support/parallel.ts';
import { expectCounters, membersWhoseEmailsAreDropped, stored, truth } from '../support/unread-counters.ts';
import { createDossier, type Member } from '../support/world.ts';

const member = membersWhoseEmailsAreDropped();

describe('parallel writers on one dossier', () => {
  const MESSAGES = 48;
  let pool: pg.Pool;
  let poolSize: number;
  let candidate: Member;
  let pro: Member;
  let otherPro: Member;
  let dossier: string;
  let raceErrors: unknown[];

  type Job = { settings: RequestSettings; sql: string; params: unknown[] };

  beforeAll(async () => {
    const budget = await spareConnections(24);
    poolSize = budget.size;
    pool = parallelPool(poolSize);
    let admin: Member;
    [candidate, pro, otherPro, admin] = await Promise.all([
      member(), member({ role: 'pro' }), member({ role: 'pro' }), member({ role: 'admin' }),
    ]);
    dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    const [asService, asCandidate, asPro, asAdmin] = await Promise.all(
      [serviceRole, candidate.actor, pro.actor, admin.actor].map((actor) => requestSettings(actor)),
    );
    // Members may send one message a second, so the messages go through the service role with
    // their sender set; the read receipts and reassignments are the members' own requests.
    const jobs: Job[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const sender = i % 2 === 0 ? candidate : pro;
      jobs.push({
        settings: asService,
        sql: `insert into public.messages (dossier_id, sender_id, body) values ($1, $2, $3)`,
        params: [dossier, sender.id, `Message ${i + 1}`],
      });
      if (i % 12 === 5) jobs.push({ settings: asCandidate, sql: `select public.mark_dossier_messages_read($1)`, params: [dossier] });
      if (i % 12 === 11) jobs.push({ settings: asPro, sql: `select public.mark_dossier_messages_read($1)`, params: [dossier] });
      if (i === 20) jobs.push({ settings: asAdmin, sql: `select public.assign_dossier($1, $2)`, params: [dossier, otherPro.id] });
      if (i === 30) jobs.push({ settings: asAdmin, sql: `select public.assign_dossier($1, $2)`, params: [dossier, pro.id] });
    }

    const clients = await checkout(pool, poolSize);
    try {
      raceErrors = await race(clients, jobs);
    } finally {
      releaseAll(clients);
    }
  });

  afterAll(async () => {
    await pool?.end();
  });

  /** Each client opens its first request, then all fire at once; a free client takes the next job. */
  async function race(clients: pg.PoolClient[], jobs: Job[]): Promise<unknown[]> {
    const errors: unknown[] = [];
    let next = 0;
    const first = clients.map(() => jobs[next++]);
    await Promise.all(clients.map((client, i) => (first[i] ? beginRequest(client, first[i].settings) : undefined)));
    await Promise.all(clients.map(async (client, i) => {
      let job = first[i];
      let begun = true;
      while (job) {
        try {
          if (!begun) await beginRequest(client, job.settings);
          await client.query(job.sql, job.params);
          await client.query('commit');
        } catch (error) {
          errors.push(error);
          await client.query('rollback').catch(() => undefined);
        }
        job = jobs[next++];
        begun = false;
      }
    }));
    return errors;
  }

  it(`${MESSAGES} messages from both sides, read receipts and reassignments at once: no error, every message stored`, async () => {
    expect(poolSize).toBeGreaterThan(2);
    // Codes and messages, so that a failure says which error it was (a deadlock, a write limit…).
    expect(raceErrors.map((error) => `${(error as { code?: string }).code ?? ''} ${(error as Error).message}`)).toEqual([]);
    expect((await owner(`select 1 from public.messages where dossier_id = $1`, [dossier])).rowCount).toBe(MESSAGES);
  });

  it('both counters equal the true counts afterwards', async () => {
    const actual = await truth(dossier);
    expect(actual.candidate_unread_count + actual.pro_unread_count).toBeGreaterThan(0);
    expect(await stored(dossier)).toEqual(actual);
  });
});

describe('a message racing the assignment of a pro', () => {
  let pool: pg.Pool;
  let candidate: Member;
  let pro: Member;
  let admin: Member;

  beforeAll(async () => {
    pool = parallelPool(2);
    [candidate, pro, admin] = await Promise.all([member(), member({ role: 'pro' }), member({ role: 'admin' })]);
  });

  afterAll(async () => {
    await pool?.end();
  });

  /** Resolves once `pid` waits on a lock, or once `work` settles (it did not need to wait). */
  async function waitsOrSettles(pid: number, work: Promise<unknown>): Promise<void> {
    let settled = false;
    work.then(() => (settled = true), () => (settled = true));
    while (!settled) {
      const { rows } = await owner<{ waiting: boolean }>(
        `select coalesce(wait_event_type = 'Lock', false) as waiting from pg_stat_activity where pid = $1`,
        [pid],
      );
      if (rows[0]?.waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** `first` runs and holds its transaction open while `second` starts; then both commit in order. */
  async function interleave(dossier: string, first: 'message' | 'assignment') {
    const clients = await checkout(pool, 2);
    try {
      const [asAdmin, asService] = await Promise.all([requestSettings(admin.actor), requestSettings(serviceRole)]);
      const steps = {
        assignment: { settings: asAdmin, sql: `select public.assign_dossier($1, $2)`, params: [dossier, pro.id] },
        message: {
          settings: asService,
          sql: `insert into public.messages (dossier_id, sender_id, body) values ($1, $2, 'Au même moment')`,
          params: [dossier, candidate.id],
        },
      };
      const [one, two] = first === 'message' ? [steps.message, steps.assignment] : [steps.assignment, steps.message];
      const [a, b] = clients as [pg.PoolClient, pg.PoolClient];
      const pidB = (await b.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      await beginRequest(a, one.settings);
      await a.query(one.sql, one.params);
      await beginRequest(b, two.settings);
      const second = b.query(two.sql, two.params);
      await waitsOrSettles(pidB, second);
      await a.query('commit');
      await second;
      await b.query('commit');
    } finally {
      for (const client of clients) await client.query('rollback').catch(() => undefined);
      releaseAll(clients);
    }
  }

  it("a message sent while a pro is being assigned counts for that pro", async () => {
    const dossier = await createDossier(candidate.id, { status: 'submitted' });
    await interleave(dossier, 'assignment');
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 1 });
  });

  it('a pro assigned while a message is being sent counts that message', async () => {
    const dossier = await createDossier(candidate.id, { status: 'submitted' });
    await interleave(dossier, 'message');
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 1 });
  });
});
