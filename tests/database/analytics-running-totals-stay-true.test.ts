// The running totals behind admin_analytics() (members by role, dossiers by status, decisions by
// day, the sign-in mirror and its daily counts) stay equal to the rows through inserts, updates and
// deletes, and under concurrent writers; the median and the "signed in since" counts read from them
// equal the same figures computed from the tables.
//
// Other files write all the time, so each check is one statement: the totals and the truth are
// read in the same snapshot.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owner } from '../support/db.ts';
import { beginRequest, checkout, parallelPool, releaseAll, spareConnections } from '../support/parallel.ts';
import { createDossier, createMember, type Member } from '../support/world.ts';

/** Every total that differs from the rows, as "metric: kept ≠ true"; empty when all hold. */
async function totalsOff(): Promise<string[]> {
  const { rows } = await owner<{ off: string }>(`
    with kept_totals as (
      select metric, sum(value) as n from private.running_totals
      where metric like 'members.%' or metric like 'dossiers.%' group by 1
    ), true_totals as (
      select 'members.' || role as metric, count(*) as n from public.profiles group by 1
      union all select 'dossiers.' || status, count(*) from public.dossiers group by 1
    ), kept_days as (
      select days, value as n from private.decision_days
    ), true_days as (
      select floor(extract(epoch from decided_at - submitted_at) / 86400)::integer as days, count(*) as n
      from public.dossiers where decided_at is not null and submitted_at is not null group by 1
    ), kept_sign_ins as (
      select day, sum(value) as n from private.sign_ins_by_day group by 1
    ), true_sign_ins as (
      select (last_sign_in_at at time zone 'UTC')::date as day, count(*) as n from auth.users
      where last_sign_in_at is not null group by 1
    )
    select t.metric || ': ' || coalesce(k.n, 0) || ' kept, ' || coalesce(t.n, 0) || ' true' as off
    from true_totals t full join kept_totals k using (metric) where coalesce(t.n, 0) <> coalesce(k.n, 0)
    union all
    select 'decided in ' || days || ' days: ' || coalesce(k.n, 0) || ' kept, ' || coalesce(t.n, 0) || ' true'
    from true_days t full join kept_days k using (days) where coalesce(t.n, 0) <> coalesce(k.n, 0)
    union all
    select 'signed in on ' || day || ': ' || coalesce(k.n, 0) || ' kept, ' || coalesce(t.n, 0) || ' true'
    from true_sign_ins t full join kept_sign_ins k using (day) where coalesce(t.n, 0) <> coalesce(k.n, 0)
    union all
    select 'mirror of ' || coalesce(u.id, s.user_id) || ': ' || coalesce(s.signed_in_at::text, 'none') || ' kept, '
           || coalesce(u.last_sign_in_at::text, 'none') || ' true'
    from auth.users u full join private.last_sign_ins s on s.user_id = u.id
    where u.last_sign_in_at is distinct from s.signed_in_at`);
  return rows.map((r) => r.off);
}

const signIn = (id: string, at: string | null) => owner(`update auth.users set last_sign_in_at = $2 where id = $1`, [id, at]);

describe('running totals of admin_analytics()', () => {
  let candidate: Member;
  let pro: Member;

  beforeAll(async () => {
    [candidate, pro] = await Promise.all([createMember(), createMember({ role: 'pro' })]);
  });

  it('hold after sign-ups, role changes and deleted accounts', async () => {
    const [a, b] = await Promise.all([createMember(), createMember({ role: 'admin' })]);
    expect(await totalsOff()).toEqual([]);
    await owner(`update public.profiles set role = 'pro' where id = $1`, [a.id]);
    await owner(`update public.profiles set full_name = 'Renommé' where id = $1`, [a.id]); // not a role change
    expect(await totalsOff()).toEqual([]);
    await owner(`delete from auth.users where id = any($1)`, [[a.id, b.id]]);
    expect(await totalsOff()).toEqual([]);
  });

  it('hold as dossiers are opened, move through statuses, are decided, reopened, redated and deleted', async () => {
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'draft' });
    expect(await totalsOff()).toEqual([]);
    const steps = [
      `update public.dossiers set status = 'submitted', submitted_at = now() - interval '12 days 3 hours' where id = $1`,
      `update public.dossiers set status = 'approved', decided_at = now() where id = $1`,
      `update public.dossiers set submitted_at = submitted_at - interval '40 days' where id = $1`, // a redated submission
      `update public.dossiers set decided_at = decided_at + interval '5 hours' where id = $1`,
      `update public.dossiers set status = 'action_required', decided_at = null where id = $1`, // reopened
      `update public.dossiers set status = 'rejected', decided_at = now() where id = $1`,
      `update public.dossiers set title = 'Autre titre' where id = $1`, // neither status nor dates
    ];
    for (const step of steps) {
      await owner(step, [dossier]);
      expect(await totalsOff(), step).toEqual([]);
    }
    await owner(`delete from public.dossiers where id = $1`, [dossier]);
    expect(await totalsOff()).toEqual([]);
  });

  it('hold as users sign in, again the same day, on another day, lose their sign-in and are deleted', async () => {
    const member = await createMember();
    for (const at of ['2026-03-10 08:00+00', '2026-03-10 23:59:59+00', '2026-03-11 00:00+00', '2026-01-02 12:00-05', null,
      '2026-03-12 01:00+00']) {
      await signIn(member.id, at);
      expect(await totalsOff(), `signed in at ${at}`).toEqual([]);
    }
    await owner(`delete from auth.users where id = $1`, [member.id]);
    expect(await totalsOff()).toEqual([]);
  });

  it('answer "signed in since" exactly, whatever the hour of the boundary', async () => {
    const members = await Promise.all([0, 1, 2, 3].map(() => createMember()));
    // Around a boundary day: before it, on it before and after the hour, exactly at it, after it.
    const times = ['2026-02-09 22:00+00', '2026-02-10 09:00+00', '2026-02-10 15:00+00', '2026-02-11 02:00+00'];
    await Promise.all(members.map((m, i) => signIn(m.id, times[i]!)));
    for (const since of ['2026-02-10 00:00+00', '2026-02-10 09:00+00', '2026-02-10 12:00+00', '2026-02-10 23:59:59+00',
      '2026-02-09 21:00-05', '2026-02-11 03:00+00']) {
      const { rows } = await owner<{ kept: string; truth: string }>(
        `select private.signed_in_since($1) as kept, (select count(*) from auth.users where last_sign_in_at > $1) as truth`,
        [since],
      );
      expect(rows[0]!.kept, `since ${since}`).toBe(rows[0]!.truth);
    }
  });

  it('give the median decision time that percentile_cont gives over every decision', async () => {
    const medians = async () => (await owner<{ kept: string | null; truth: string | null }>(
      `select private.median_days_to_decision()::text as kept,
              round((extract(epoch from percentile_cont(0.5) within group (order by decided_at - submitted_at)) / 86400)::numeric, 1)::text as truth
       from public.dossiers where decided_at is not null and submitted_at is not null`,
    )).rows[0]!;
    // Decisions of 0.5 to 90 days, added one by one so that both odd and even counts are checked.
    for (const days of [0.5, 3, 3.25, 7, 12.9, 30, 31, 45.5, 90]) {
      const id = await createDossier(candidate.id, { proId: pro.id, status: 'approved' });
      await owner(
        `update public.dossiers set submitted_at = now() - make_interval(secs => $2::float8 * 86400), decided_at = now() where id = $1`,
        [id, days],
      );
      const { kept, truth } = await medians();
      expect(kept, `after a decision of ${days} days`).toBe(truth);
    }
  });
});

describe('running totals under concurrent writers', () => {
  let pool: pg.Pool;
  let errors: unknown[];

  beforeAll(async () => {
    const budget = await spareConnections(16);
    pool = parallelPool(budget.size);
    const members = await Promise.all(Array.from({ length: 8 }, () => createMember()));
    const pro = await createMember({ role: 'pro' });
    const dossiers = await Promise.all(members.map((m) => createDossier(m.id, { proId: pro.id, status: 'submitted' })));
    await owner(`update public.dossiers set submitted_at = now() - interval '20 days' where id = any($1)`, [dossiers]);
    // Jobs that hit the same counter rows: sign-ins on one day, decisions in one day's bucket, role flips.
    const jobs: { sql: string; params: unknown[] }[] = [];
    for (let round = 0; round < 6; round++) {
      members.forEach((m, i) => {
        jobs.push({ sql: `update auth.users set last_sign_in_at = $2 where id = $1`, params: [m.id, `2026-04-0${1 + (round % 3)} 1${i}:00+00`] });
        jobs.push({
          sql: round % 2 === 0
            ? `update public.dossiers set status = 'approved', decided_at = now() where id = $1`
            : `update public.dossiers set status = 'action_required', decided_at = null where id = $1`,
          params: [dossiers[i]],
        });
        jobs.push({ sql: `update public.profiles set role = $2 where id = $1`, params: [m.id, round % 2 === 0 ? 'pro' : 'candidate'] });
      });
      jobs.push({ sql: `insert into public.dossiers (candidate_id, program_type, title) values ($1, 'express_entry', 'Course')`, params: [members[round]!.id] });
    }
    const clients = await checkout(pool, budget.size);
    errors = [];
    try {
      let next = 0;
      await Promise.all(clients.map((c) => beginRequest(c, [])));
      await Promise.all(clients.map(async (client) => {
        let begun = true;
        while (next < jobs.length) {
          const job = jobs[next++]!;
          if (!begun) await client.query('begin');
          begun = false;
          try {
            await client.query(job.sql, job.params);
            await client.query('commit');
          } catch (error) {
            errors.push(error);
            await client.query('rollback');
          }
        }
        if (begun) await client.query('rollback');
      }));
    } finally {
      releaseAll(clients);
    }
  });

  afterAll(async () => {
    await pool?.end();
  });

  it('every write succeeds and every total equals the rows', async () => {
    expect(errors).toEqual([]);
    expect(await totalsOff()).toEqual([]);
  });
});
