// The caller's standing is read once per transaction and kept (private.standing): a request's
// policies ask it many times. What is kept must never outlive what it was read from: the JWT
// settings (Realtime checks several subscribers in one transaction, setting each one's claims as
// lib/realtime/tenants/authorization.ex does), the caller's account and profile, the settings.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Query, claimsFor, db, inTransaction, user } from '../support/db.ts';
import { createMember, type Member } from '../support/world.ts';

type Aal = 'aal1' | 'aal2';

/** Becomes `member` at `aal` inside the open transaction, as PostgREST starts a request. */
async function becomes(q: Query, member: Member, aal: Aal = 'aal1'): Promise<void> {
  const claims = JSON.stringify(await claimsFor(user(member.id, { aal })));
  await q.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims]);
}

/** What the policies' words answer for whoever the transaction is now. */
async function standing(q: Query) {
  const { rows } = await q.query<{ active: boolean; admin: boolean; second_factor: boolean; poster: string | null }>(
    `select private.is_active() as active, private.is_admin() as admin,
            private.second_factor_met() as second_factor, private.posting_user_id() as poster`,
  );
  return rows[0]!;
}

/** A change made by the table owner in the middle of the member's transaction. */
async function asOwner(q: Query, sql: string, params: unknown[] = []): Promise<void> {
  await q.query('reset role');
  await q.query(sql, params);
}

const rolledBack = <T>(fn: (q: Query) => Promise<T>) => inTransaction([], fn, { rollback: true });

let candidate: Member;
let other: Member;
let admin: Member;

beforeAll(async () => {
  [candidate, other, admin] = await Promise.all([createMember(), createMember(), createMember({ role: 'admin' })]);
});

describe('the standing a transaction keeps', () => {
  it('is read from the tables once, however many questions the statements ask', async () => {
    const reads = await rolledBack(async (q) => {
      await becomes(q, candidate);
      const before = await q.query<{ n: string }>(
        `select idx_scan as n from pg_stat_xact_user_tables where relid = 'public.accounts'::regclass`,
      );
      for (let i = 0; i < 5; i++) await standing(q);
      await q.query('select id from public.posts limit 5');
      const after = await q.query<{ n: string }>(
        `select idx_scan as n from pg_stat_xact_user_tables where relid = 'public.accounts'::regclass`,
      );
      return Number(after.rows[0]?.n ?? 0) - Number(before.rows[0]?.n ?? 0);
    });
    expect(reads).toBe(1);
  });

  it('follows new claims: another member in the same transaction gets their own standing', async () => {
    const [first, second] = await rolledBack(async (q) => {
      await asOwner(q, `update public.accounts set status = 'suspended' where user_id = $1`, [other.id]);
      await becomes(q, candidate);
      const first = await standing(q);
      await becomes(q, other);
      return [first, await standing(q)];
    });
    expect(first).toMatchObject({ active: true, poster: candidate.id });
    expect(second).toMatchObject({ active: false, poster: null });
  });

  it('follows the session level: the same admin at aal1 then aal2', async () => {
    const [aal1, aal2] = await rolledBack(async (q) => {
      await asOwner(q, 'update private.settings set require_staff_mfa = true');
      await becomes(q, admin, 'aal1');
      const aal1 = await standing(q);
      await becomes(q, admin, 'aal2');
      return [aal1, await standing(q)];
    });
    expect(aal1).toMatchObject({ active: true, admin: false, second_factor: false });
    expect(aal2).toMatchObject({ active: true, admin: true, second_factor: true });
  });

  it.each([
    ['a suspension', `update public.accounts set status = 'suspended' where user_id = $1`, { active: false, poster: null }],
    ['a mute', `update public.accounts set muted_until = now() + interval '1 day' where user_id = $1`, { active: true, poster: null }],
    ['a new version of the terms', `update private.settings set terms_version = '2099-01'`, { active: false }],
    ['a promotion to admin', `update public.profiles set role = 'admin' where id = $1`, { active: true, admin: true }],
  ])('is forgotten after %s in the same transaction', async (_change, sql, expected) => {
    const [before, after] = await rolledBack(async (q) => {
      await asOwner(q, 'update private.settings set require_staff_mfa = false');
      await becomes(q, candidate);
      const before = await standing(q);
      await asOwner(q, sql, sql.includes('$1') ? [candidate.id] : []);
      await becomes(q, candidate);
      return [before, await standing(q)];
    });
    expect(before).toMatchObject({ active: true, admin: false, poster: candidate.id });
    expect(after).toMatchObject(expected);
  });

  it('stays inside its transaction: the next one reads the tables again', async () => {
    const client = await db().connect();
    try {
      const claims = JSON.stringify(await claimsFor(user(candidate.id)));
      await client.query('begin');
      await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims]);
      await client.query('select private.is_active()');
      await client.query('commit');
      const { rows } = await client.query<{ kept: string | null }>(`select current_setting('capitune.standing', true) as kept`);
      expect(rows[0]?.kept ?? '').toBe('');
    } finally {
      client.release();
    }
  });
});
