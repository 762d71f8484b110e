// A write that moves a count from one counter row to another locks the two rows in one order,
// whichever way the count moves: otherwise a dossier going from A to B and another from B to A
// (on the same shard) each hold one row and wait for the other's, and PostgreSQL aborts one of the
// two writes with "deadlock detected".
//
// Each case holds the first row of the pair (in key order) from another connection, starts the
// write, waits until it waits, and then checks that the second row is still free: it would not be
// if the write had locked it first.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owner } from '../support/db.ts';
import { checkout, parallelPool, releaseAll } from '../support/parallel.ts';
import { createDossier, createMember } from '../support/world.ts';

type Counter = {
  /** The counter table and the condition that picks one row of it ($1 the key, $2 the shard). */
  table: string;
  row: string;
  sharded: boolean;
  /** Creates the row if missing, with nothing counted in it. */
  ensure: string;
};

const runningTotals: Counter = {
  table: 'private.running_totals',
  row: 'metric = $1 and shard = $2',
  sharded: true,
  ensure: `insert into private.running_totals (metric, shard, value) values ($1, $2, 0) on conflict do nothing`,
};
const decisionDays: Counter = {
  table: 'private.decision_days',
  row: 'days = $1',
  sharded: false,
  ensure: `insert into private.decision_days (days, value) values ($1, 0) on conflict do nothing`,
};
const signInsByDay: Counter = {
  table: 'private.sign_ins_by_day',
  row: 'day = $1 and shard = $2',
  sharded: true,
  ensure: `insert into private.sign_ins_by_day (day, shard, value) values ($1, $2, 0) on conflict do nothing`,
};
const weeklySignUps: Counter = {
  table: 'private.weekly_activity',
  row: `metric = 'signups' and week = $1 and shard = $2`,
  sharded: true,
  ensure: `insert into private.weekly_activity (metric, week, shard, value) values ('signups', $1, $2, 0) on conflict do nothing`,
};

type Move = {
  counter: Counter;
  /** The two rows' keys, the first in key order. */
  keys: [string, string];
  /** Sets the subject up at the first key (or the second, `from` says which) and returns the write that moves it. */
  arrange(from: 0 | 1): Promise<{ sql: string; params: unknown[] }>;
};

const moves: Record<string, Move> = {
  'a dossier changing status': {
    counter: runningTotals,
    keys: ['dossiers.action_required', 'dossiers.approved'],
    async arrange(from) {
      const statuses = ['action_required', 'approved'];
      const dossier = await createDossier((await createMember()).id, { status: statuses[from] });
      return { sql: `update public.dossiers set status = $2 where id = $1`, params: [dossier, statuses[1 - from]] };
    },
  },
  'a member changing role': {
    counter: runningTotals,
    keys: ['members.candidate', 'members.pro'],
    async arrange(from) {
      const roles = ['candidate', 'pro'] as const;
      const member = await createMember({ role: roles[from] });
      return { sql: `update public.profiles set role = $2 where id = $1`, params: [member.id, roles[1 - from]] };
    },
  },
  'a decision moving from one day bucket to another': {
    counter: decisionDays,
    keys: ['5', '20'],
    async arrange(from) {
      const days = [5, 20];
      const dossier = await createDossier((await createMember()).id, { status: 'approved' });
      await owner(
        `update public.dossiers set submitted_at = '2026-03-01T12:00:00Z', decided_at = '2026-03-01T12:00:00Z'::timestamptz + make_interval(days => $2)
         where id = $1`,
        [dossier, days[from]],
      );
      return {
        sql: `update public.dossiers set decided_at = submitted_at + make_interval(days => $2) where id = $1`,
        params: [dossier, days[1 - from]],
      };
    },
  },
  "a member's latest sign-in moving to another day": {
    counter: signInsByDay,
    keys: ['2026-03-02', '2026-03-09'],
    async arrange(from) {
      const days = ['2026-03-02', '2026-03-09'];
      const member = await createMember();
      await owner(`update auth.users set last_sign_in_at = $2 where id = $1`, [member.id, `${days[from]}T10:00:00Z`]);
      return { sql: `update auth.users set last_sign_in_at = $2 where id = $1`, params: [member.id, `${days[1 - from]}T10:00:00Z`] };
    },
  },
  "a member's sign-up moving to another week": {
    counter: weeklySignUps,
    // Mondays: weeks are counted from Monday, in Toronto's calendar.
    keys: ['2026-03-02', '2026-03-09'],
    async arrange(from) {
      const weeks = ['2026-03-04T17:00:00Z', '2026-03-11T17:00:00Z'];
      const member = await createMember();
      await owner(`update public.profiles set created_at = $2 where id = $1`, [member.id, weeks[from]]);
      return { sql: `update public.profiles set created_at = $2 where id = $1`, params: [member.id, weeks[1 - from]] };
    },
  },
};

describe('counter rows are locked in key order', () => {
  let pool: pg.Pool;

  beforeAll(() => {
    pool = parallelPool(3);
  });

  afterAll(async () => {
    await pool?.end();
  });

  /** Resolves once `pid` waits on a lock; fails if `work` settles first (it never met the held row). */
  async function waitsOnLock(pid: number, work: Promise<unknown>): Promise<void> {
    let settled = false;
    work.then(() => (settled = true), () => (settled = true));
    for (;;) {
      const { rows } = await owner<{ waiting: boolean }>(
        `select coalesce(wait_event_type = 'Lock', false) as waiting from pg_stat_activity where pid = $1`,
        [pid],
      );
      if (rows[0]?.waiting) return;
      if (settled) throw new Error('the write finished without waiting for the held row');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Whether the row can be locked at once; other test files may hold it for an instant, so a few tries. */
  async function isFree(client: pg.PoolClient, counter: Counter, key: string, shard: number): Promise<boolean> {
    const params = counter.sharded ? [key, shard] : [key];
    for (let attempt = 0; attempt < 50; attempt++) {
      await client.query('begin');
      try {
        await client.query(`select 1 from ${counter.table} where ${counter.row} for update nowait`, params);
        return true;
      } catch (error) {
        if ((error as { code?: string }).code !== '55P03') throw error;
      } finally {
        await client.query('rollback');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }

  for (const [name, move] of Object.entries(moves)) {
    for (const from of [0, 1] as const) {
      it(`${name}, from ${move.keys[from]} to ${move.keys[1 - from]}`, async () => {
        const write = await move.arrange(from);
        const [holder, writer, prober] = (await checkout(pool, 3)) as [pg.PoolClient, pg.PoolClient, pg.PoolClient];
        try {
          const pid = (await writer.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
          const shard = pid % 8;
          const { counter, keys } = move;
          for (const key of keys) await owner(counter.ensure, counter.sharded ? [key, shard] : [key]);

          await holder.query('begin');
          await holder.query(`select 1 from ${counter.table} where ${counter.row} for update`, counter.sharded ? [keys[0], shard] : [keys[0]]);
          await writer.query('begin');
          const writing = writer.query(write.sql, write.params);
          await waitsOnLock(pid, writing);

          expect(await isFree(prober, counter, keys[1], shard), `${keys[1]} locked while waiting for ${keys[0]}`).toBe(true);

          await holder.query('rollback');
          await writing;
          await writer.query('rollback');
        } finally {
          for (const client of [holder, writer, prober]) await client.query('rollback').catch(() => undefined);
          releaseAll([holder, writer, prober]);
        }
      });
    }
  }
});
