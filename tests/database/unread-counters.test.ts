// Each dossier's candidate_unread_count and pro_unread_count stay equal to the true rows — unread
// messages of the dossier not sent by its candidate, not sent by its pro — through new messages,
// read receipts, reassignment, deletions, erasure and a race of parallel writers; users cannot
// write them, and keeping them current leaves the dossier's updated_at alone.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner, serviceRole, type Attempt, type Row } from '../support/db.ts';
import {
  beginRequest,
  checkout,
  parallelPool,
  releaseAll,
  requestSettings,
  spareConnections,
  type RequestSettings,
} from '../support/parallel.ts';
import { clearRateLimits, createDossier, createMember, createMessage, type Member } from '../support/world.ts';

type Counters = { candidate_unread_count: number; pro_unread_count: number };

const members: Member[] = [];

async function member(options: Parameters<typeof createMember>[0] = {}): Promise<Member> {
  const created = await createMember(options);
  members.push(created);
  return created;
}

afterAll(async () => {
  // Message notifications queue emails that no sender of this file would ever deliver.
  if (members.length) await owner(`delete from public.email_outbox where user_id = any($1::uuid[])`, [members.map((m) => m.id)]);
});

/** The counters as stored on the dossier. */
async function stored(dossierId: string): Promise<Counters> {
  const { rows } = await owner<Counters>(
    `select candidate_unread_count, pro_unread_count from public.dossiers where id = $1`,
    [dossierId],
  );
  return rows[0]!;
}

/** The counters by their definition, from the message rows. */
async function truth(dossierId: string): Promise<Counters> {
  const { rows } = await owner<Counters>(
    `select (select count(*)::int from public.messages m
              where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.candidate_id) as candidate_unread_count,
            (select count(*)::int from public.messages m
              where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.pro_id) as pro_unread_count
     from public.dossiers d where d.id = $1`,
    [dossierId],
  );
  return rows[0]!;
}

/** The stored counters equal the true rows, which are `expected` in this scenario. */
async function expectCounters(dossierId: string, expected: Counters): Promise<void> {
  const actual = await truth(dossierId);
  expect(actual, 'true rows of the scenario').toEqual(expected);
  expect(await stored(dossierId), 'stored counters').toEqual(actual);
}

async function ok<R extends Row>(result: Promise<Attempt<R>>): Promise<R[]> {
  const settled = await result;
  expect(settled).toMatchObject({ ok: true });
  return settled.ok ? settled.rows : [];
}

/** Sends a message as `sender` through the API (RLS, rate limit cleared first). */
async function send(sender: Member, dossierId: string, body = 'Bonjour'): Promise<string> {
  await clearRateLimits(sender.id);
  const rows = await ok(attempt<{ id: string }>(
    sender.actor,
    `insert into public.messages (dossier_id, body) values ($1, $2) returning id`,
    [dossierId, body],
  ));
  return rows[0]!.id;
}

const markRead = (reader: Member, dossierId: string) =>
  ok(attempt<{ n: number }>(reader.actor, `select public.mark_dossier_messages_read($1) as n`, [dossierId]));

describe('messages of a dossier', () => {
  let candidate: Member;
  let pro: Member;
  let admin: Member;
  let dossier: string;

  beforeAll(async () => {
    [candidate, pro, admin] = await Promise.all([member(), member({ role: 'pro' }), member({ role: 'admin' })]);
    dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
  });

  it("a message from the candidate counts as unread for the pro only", async () => {
    await send(candidate, dossier);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 1 });
  });

  it('a message from the pro counts as unread for the candidate only', async () => {
    await send(pro, dossier);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 1 });
  });

  it('a message from an admin counts as unread for both', async () => {
    await send(admin, dossier);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 2 });
  });

  it("mark_dossier_messages_read clears the reader's count and leaves the other side's", async () => {
    // One receipt per message: the admin's message, read by the pro, is read for the candidate too.
    expect(await markRead(pro, dossier)).toEqual([{ n: 2 }]);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
    // Nothing left to mark: the counters do not move.
    expect(await markRead(pro, dossier)).toEqual([{ n: 0 }]);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });

  it('a read receipt set directly on one message takes that message off the count', async () => {
    const { rows } = await owner<{ id: string }>(
      `select id from public.messages where dossier_id = $1 and sender_id = $2`,
      [dossier, pro.id],
    );
    const marked = await attempt(candidate.actor, `update public.messages set read_at = now() where id = $1`, [rows[0]!.id]);
    expect(marked).toMatchObject({ ok: true, rowCount: 1 });
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
    // A second stamp on a read message changes nothing (the first read time stays).
    await attempt(candidate.actor, `update public.messages set read_at = now() where id = $1`, [rows[0]!.id]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
  });

  it('deleting an unread message takes it off the count; deleting a read one changes nothing', async () => {
    const unread = await send(pro, dossier, 'À supprimer');
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
    await owner(`delete from public.messages where id = $1`, [unread]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
    const read = (await owner<{ id: string }>(
      `select id from public.messages where dossier_id = $1 and read_at is not null limit 1`,
      [dossier],
    )).rows[0]!.id;
    await owner(`delete from public.messages where id = $1`, [read]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
  });

  it("reading and receiving messages leave the dossier's updated_at, which orders the pro inbox, alone", async () => {
    const before = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    await send(candidate, dossier);
    await markRead(candidate, dossier);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 1 });
    const after = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    expect(after.updated_at).toEqual(before.updated_at);
  });
});

describe('assigning and reassigning the pro', () => {
  let candidate: Member;
  let pro: Member;
  let otherPro: Member;
  let admin: Member;
  let dossier: string;

  beforeAll(async () => {
    [candidate, pro, otherPro, admin] = await Promise.all([
      member(), member({ role: 'pro' }), member({ role: 'pro' }), member({ role: 'admin' }),
    ]);
    dossier = await createDossier(candidate.id, { status: 'submitted' });
  });

  const assign = (proId: string | null) =>
    ok(attempt(admin.actor, `select id from public.assign_dossier($1, $2)`, [dossier, proId]));

  it('without a pro, the pro count stays 0 whatever is sent', async () => {
    await send(candidate, dossier);
    await send(admin, dossier);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });

  it('an assigned pro finds every unread message others sent, and assigning still bumps updated_at', async () => {
    const before = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    await assign(pro.id);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 2 });
    const after = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it("a new pro counts the previous pro's unread messages as sent to them", async () => {
    await send(pro, dossier);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 2 });
    await assign(otherPro.id);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 3 });
  });

  it('unassigning brings the pro count back to 0', async () => {
    await send(candidate, dossier);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 4 });
    await assign(null);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 0 });
  });

  it('a candidate_id moved by the owner recounts the candidate side', async () => {
    const heir = await member();
    await owner(`update public.dossiers set candidate_id = $2 where id = $1`, [dossier, heir.id]);
    await expectCounters(dossier, { candidate_unread_count: 4, pro_unread_count: 0 });
    await owner(`update public.dossiers set candidate_id = $2 where id = $1`, [dossier, candidate.id]);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 0 });
  });
});

describe('accounts that go away', () => {
  it("deleting a sender's account removes their messages from the counts, and a deleted pro's dossier counts 0", async () => {
    const [candidate, pro, admin] = await Promise.all([member(), member({ role: 'pro' }), member({ role: 'admin' })]);
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    for (const sender of [candidate, pro, pro, admin]) await createMessage(dossier, sender.id);
    await expectCounters(dossier, { candidate_unread_count: 3, pro_unread_count: 2 });

    await owner(`delete from auth.users where id = $1`, [admin.id]);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 1 });
    await owner(`delete from auth.users where id = $1`, [pro.id]);
    expect((await owner(`select pro_id from public.dossiers where id = $1`, [dossier])).rows).toEqual([{ pro_id: null }]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
  });

  it("erasing a candidate's account deletes their drafts' messages and leaves their other dossier's counts true", async () => {
    const [candidate, pro] = await Promise.all([member(), member({ role: 'pro' })]);
    const draft = await createDossier(candidate.id, { proId: pro.id });
    const kept = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    for (const [dossier, sender] of [[draft, pro], [draft, candidate], [kept, pro], [kept, candidate], [kept, candidate]] as const) {
      await createMessage(dossier, sender.id);
    }
    await expectCounters(kept, { candidate_unread_count: 1, pro_unread_count: 2 });

    await ok(attempt(candidate.actor, `select public.erase_my_account('SUPPRIMER')`));
    expect((await owner(`select 1 from public.messages where dossier_id = $1`, [draft])).rowCount).toBe(0);
    await expectCounters(kept, { candidate_unread_count: 1, pro_unread_count: 2 });
  });

  it('deleting a dossier takes its messages with it without an error', async () => {
    const [candidate, pro] = await Promise.all([member(), member({ role: 'pro' })]);
    const dossier = await createDossier(candidate.id, { proId: pro.id });
    await createMessage(dossier, pro.id);
    await ok(attempt(candidate.actor, `delete from public.dossiers where id = $1 returning id`, [dossier]));
    expect((await owner(`select 1 from public.messages where dossier_id = $1`, [dossier])).rowCount).toBe(0);
  });
});

describe('who may write the counters', () => {
  let candidate: Member;
  let pro: Member;
  let dossier: string;

  beforeAll(async () => {
    [candidate, pro] = await Promise.all([member(), member({ role: 'pro' })]);
    dossier = await createDossier(candidate.id, { proId: pro.id, status: 'action_required' });
    await createMessage(dossier, pro.id);
  });

  it('a candidate trying to reset candidate_unread_count gets a permission error', async () => {
    const reset = await attempt(candidate.actor, `update public.dossiers set candidate_unread_count = 0 where id = $1`, [dossier]);
    expect(reset).toMatchObject({ ok: false, code: '42501' });
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });

  it('a pro cannot set pro_unread_count, nor a candidate open a dossier with counts of their choosing', async () => {
    expect(await attempt(pro.actor, `update public.dossiers set pro_unread_count = 5 where id = $1`, [dossier]))
      .toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(
      candidate.actor,
      `insert into public.dossiers (program_type, title, candidate_unread_count) values ('study_permit', 'Permis', 7) returning id`,
    )).toMatchObject({ ok: false, code: '42501' });
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });
});

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
    expect(raceErrors).toEqual([]);
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
