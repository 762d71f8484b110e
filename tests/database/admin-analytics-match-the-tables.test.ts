// The admin dashboard's figures (admin_analytics()) against what the tables hold, and who may ask.
//
// Other files write all the time, so analytics are compared with true counts read in the same
// snapshot (one REPEATABLE READ transaction: the function as the admin, the counts as the owner).
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, claimsFor, db, ok, owner, type Row } from '../support/db.ts';
import { clearRateLimits, createDocument, createDossier, createMember, type Member } from '../support/world.ts';

const ANALYTICS_KEYS = [
  'active_users',
  'documents_awaiting_review',
  'dossiers_by_status',
  'generated_at',
  'median_days_to_decision',
  'registrations_per_event',
  'users_by_role_and_status',
  'weekly',
];

type Weekly = { week: string; signups: number; posts: number; comments: number; likes: number };
type Analytics = {
  generated_at: string;
  users_by_role_and_status: { role: string; status: string; count: number }[];
  weekly: Weekly[];
  dossiers_by_status: Record<string, number>;
  median_days_to_decision: number | null;
  documents_awaiting_review: number;
  registrations_per_event: { event_id: string; title: string; capacity: number | null; registered: number; waitlisted: number }[];
  active_users: { last_7_days: number; last_30_days: number };
};

/** Monday (America/Toronto) of the week `weeksAgo` weeks before this one, and a Wednesday noon in it. */
async function weekOf(weeksAgo: number): Promise<{ week: string; wednesday: string }> {
  const { rows } = await owner<{ week: string; wednesday: string }>(
    `select w::date::text as week, ((w + interval '2 days 12 hours') at time zone 'America/Toronto')::text as wednesday
     from (select date_trunc('week', now() at time zone 'America/Toronto') - make_interval(weeks => $1) as w) x`,
    [weeksAgo],
  );
  return rows[0]!;
}

type Snapshot = {
  q: pg.PoolClient;
  /** admin_analytics() as `admin` inside the snapshot (then back to the owner role). */
  analytics: () => Promise<Analytics>;
  truth: () => Promise<Truth>;
};

/**
 * One REPEATABLE READ transaction as the owner. A write that meets a concurrent update of the same
 * counter row fails with 40001 and the whole transaction is run again, as any client would.
 */
async function inSnapshot<T>(admin: Member, fn: (s: Snapshot) => Promise<T>, options: { commit?: boolean } = {}): Promise<T> {
  const claims = JSON.stringify(await claimsFor(admin.actor));
  for (let run = 1; ; run++) {
    const q = await db().connect();
    try {
      await q.query('begin isolation level repeatable read');
      const snapshot: Snapshot = {
        q,
        analytics: async () => {
          await q.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims]);
          try {
            return (await q.query<{ a: Analytics }>(`select public.admin_analytics() as a`)).rows[0]!.a;
          } finally {
            await q.query(`select set_config('role', 'postgres', true), set_config('request.jwt.claims', '', true)`);
          }
        },
        truth: () => truthIn(q),
      };
      const result = await fn(snapshot);
      await q.query(options.commit ? 'commit' : 'rollback');
      return result;
    } catch (error) {
      await q.query('rollback').catch(() => undefined);
      if ((error as { code?: string }).code === '40001' && run < 10) continue;
      throw error;
    } finally {
      q.release();
    }
  }
}

type Truth = Omit<Analytics, 'generated_at' | 'registrations_per_event'> & {
  now: string;
  registrations: Map<string, { registered: number; waitlisted: number }>;
};

/** The same figures counted from the tables themselves. */
async function truthIn(q: pg.PoolClient): Promise<Truth> {
  const one = async <R extends Row>(sql: string) => (await q.query<R>(sql)).rows;
  const weekOfRow = (column: string) => `date_trunc('week', ${column} at time zone 'America/Toronto')::date`;
  // One after another: a client runs one query at a time.
  const users = await one<{ role: string; status: string; count: number }>(
    `select p.role::text, a.status::text, count(*)::int as count
     from public.profiles p join public.accounts a on a.user_id = p.id group by 1, 2`,
  );
  const weekly = await one<Weekly>(
    `with weeks as (
       select (date_trunc('week', now() at time zone 'America/Toronto') - make_interval(weeks => 11 - i))::date as week
       from generate_series(0, 11) i
     )
     select w.week::text as week,
       (select count(*)::int from public.profiles x where ${weekOfRow('x.created_at')} = w.week) as signups,
       (select count(*)::int from public.posts x where ${weekOfRow('x.created_at')} = w.week) as posts,
       (select count(*)::int from public.comments x where ${weekOfRow('x.created_at')} = w.week) as comments,
       (select count(*)::int from public.post_likes x where ${weekOfRow('x.created_at')} = w.week) as likes
     from weeks w order by w.week`,
  );
  const dossiers = await one<{ status: string; count: number }>(`select status::text, count(*)::int as count from public.dossiers group by 1`);
  const durations = await one<{ seconds: number }>(
    `select extract(epoch from decided_at - submitted_at)::float8 as seconds from public.dossiers
     where decided_at is not null and submitted_at is not null`,
  );
  const documents = await one<{ count: number }>(`select count(*)::int as count from public.documents where status = 'pending'`);
  const active = await one<{ d7: number; d30: number }>(
    `select count(*) filter (where last_sign_in_at > now() - interval '7 days')::int as d7,
            count(*) filter (where last_sign_in_at > now() - interval '30 days')::int as d30 from auth.users`,
  );
  const registrations = await one<{ event_id: string; registered: number; waitlisted: number }>(
    `select event_id, count(*) filter (where status = 'registered')::int as registered,
            count(*) filter (where status = 'waitlisted')::int as waitlisted
     from public.event_registrations group by 1`,
  );
  const now = await one<{ now: string }>(`select to_json(now()) #>> '{}' as now`);
  const seconds = durations.map((d) => d.seconds).sort((a, b) => a - b);
  const middle = seconds.length / 2;
  const median =
    seconds.length === 0 ? null : seconds.length % 2 ? seconds[Math.floor(middle)]! : (seconds[middle - 1]! + seconds[middle]!) / 2;
  return {
    now: now[0]!.now,
    users_by_role_and_status: users,
    weekly,
    dossiers_by_status: Object.fromEntries(dossiers.map((d) => [d.status, d.count])),
    median_days_to_decision: median === null ? null : Math.round((median / 86_400) * 10) / 10,
    documents_awaiting_review: documents[0]!.count,
    active_users: { last_7_days: active[0]!.d7, last_30_days: active[0]!.d30 },
    registrations: new Map(registrations.map((r) => [r.event_id, { registered: r.registered, waitlisted: r.waitlisted }])),
  };
}

const byRoleStatus = (rows: { role: string; status: string; count: number }[]) =>
  [...rows].sort((a, b) => `${a.role}/${a.status}`.localeCompare(`${b.role}/${b.status}`));

describe('admin_analytics()', () => {
  let admin: Member;
  let events: { full: string; open: string; cancelled: string };
  let weeks: { week: string; wednesday: string }[];

  const post = async (authorId: string, createdAt: string) =>
    (await owner<{ id: string }>(
      `insert into public.posts (author_id, body, created_at) values ($1, 'Statistiques', $2) returning id`,
      [authorId, createdAt],
    )).rows[0]!.id;

  beforeAll(async () => {
    admin = await createMember({ role: 'admin' });
    const [a, b, c] = await Promise.all([createMember(), createMember(), createMember({ role: 'pro' })]);
    weeks = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(weekOf));

    // Events dated far ahead so that they lead the dashboard's list (latest 20 by start).
    const event = async (title: string, startsAt: string, capacity: number | null) =>
      (await owner<{ id: string }>(
        `insert into public.events (title, starts_at, ends_at, capacity) values ($1, $2, $2::timestamptz + interval '1 hour', $3) returning id`,
        [title, startsAt, capacity],
      )).rows[0]!.id;
    events = {
      full: await event('Complet', '2999-03-03 15:00+00', 2),
      open: await event('Ouvert', '2999-03-02 15:00+00', null),
      cancelled: await event('Annulé', '2999-03-04 15:00+00', 5),
    };
    // Registrations are write-limited (one per second per member): each starts clean.
    const register = async (m: Member, event: string) => {
      await clearRateLimits(m.id);
      await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
    };
    for (const m of [a, b, c]) await register(m, events.full);
    await register(a, events.open);
    await register(b, events.cancelled);
    await ok(attempt(admin.actor, `select id from public.cancel_event($1, 'Doublon')`, [events.cancelled]));

    // Decided dossiers for the median, a pending document, Inside activity over several weeks.
    for (const [days, status] of [[10, 'approved'], [31, 'rejected'], [3, 'approved']] as const) {
      const id = await createDossier(a.id, { proId: c.id, status });
      await owner(
        `update public.dossiers set submitted_at = now() - make_interval(days => $2 + 40), decided_at = now() - interval '40 days'
         where id = $1`,
        [id, days],
      );
    }
    await createDocument(await createDossier(b.id, { status: 'submitted' }), b.id);
    for (const [i, w] of weeks.slice(1, 4).entries()) {
      const p = await post(a.id, w.wednesday);
      await owner(`insert into public.comments (post_id, author_id, body, created_at) values ($1, $2, 'Merci', $3)`, [p, b.id, w.wednesday]);
      if (i > 0) await owner(`insert into public.post_likes (post_id, user_id, created_at) values ($1, $2, $3)`, [p, c.id, w.wednesday]);
    }
  });

  it('returns the documented keys', async () => {
    const rows = await ok(attempt<{ a: Analytics }>(admin.actor, `select public.admin_analytics() as a`));
    expect(Object.keys(rows[0]!.a).sort()).toEqual(ANALYTICS_KEYS);
    expect(rows[0]!.a.weekly).toHaveLength(12);
  });

  it('every figure equals the count taken from the tables in the same snapshot', async () => {
    await inSnapshot(admin, async (s) => {
      const analytics = await s.analytics();
      const truth = await s.truth();
      expect(new Date(analytics.generated_at).getTime()).toBe(new Date(truth.now).getTime());
      expect(byRoleStatus(analytics.users_by_role_and_status)).toEqual(byRoleStatus(truth.users_by_role_and_status));
      expect(analytics.weekly).toEqual(truth.weekly);
      expect(analytics.weekly.map((w) => w.week)).toEqual(weeks.map((w) => w.week).reverse());
      expect(analytics.dossiers_by_status).toEqual(truth.dossiers_by_status);
      expect(Math.abs(Number(analytics.median_days_to_decision) - Number(truth.median_days_to_decision))).toBeLessThan(0.051);
      expect(analytics.documents_awaiting_review).toBe(truth.documents_awaiting_review);
      expect(analytics.active_users).toEqual(truth.active_users);
    });
  });

  it('lists the latest events with their seat counts, true to the registrations, and leaves out cancelled ones', async () => {
    await inSnapshot(admin, async (s) => {
      const analytics = await s.analytics();
      const truth = await s.truth();
      const listed = analytics.registrations_per_event;
      expect(listed.length).toBeLessThanOrEqual(20);
      expect(listed.map((e) => e.event_id)).not.toContain(events.cancelled);
      const mine = listed.filter((e) => e.event_id === events.full || e.event_id === events.open);
      expect(mine).toEqual([
        expect.objectContaining({ event_id: events.full, title: 'Complet', capacity: 2, registered: 2, waitlisted: 1 }),
        expect.objectContaining({ event_id: events.open, title: 'Ouvert', capacity: null, registered: 1, waitlisted: 0 }),
      ]);
      for (const e of mine) expect({ registered: e.registered, waitlisted: e.waitlisted }).toEqual(truth.registrations.get(e.event_id));
    });
  });

  it('weekly running totals follow inserts, deletes and moved dates, and still equal the true counts', async () => {
    const [author, liker] = await Promise.all([createMember(), createMember()]);
    const [w5, w7] = [weeks[5]!, weeks[7]!];
    // A member who signed up in week 5 (dated there, so that the busy current week's counters stay
    // out of this transaction), deleted below.
    const gone = await createMember();
    await owner(`update public.profiles set created_at = $2 where id = $1`, [gone.id, w5.wednesday]);
    await inSnapshot(
      admin,
      async (s) => {
        const before = await s.analytics();
        const ins = (sql: string, params: unknown[]) => s.q.query<{ id: string }>(sql, params).then((r) => r.rows[0]?.id);
        const posts: string[] = [];
        for (let i = 0; i < 3; i++) {
          posts.push((await ins(`insert into public.posts (author_id, body, created_at) values ($1, 'Semaine', $2) returning id`, [author.id, w5.wednesday]))!);
        }
        for (const p of posts) {
          await ins(`insert into public.comments (post_id, author_id, body, created_at) values ($1, $2, 'Oui', $3) returning id`, [p, liker.id, w5.wednesday]);
          await ins(`insert into public.post_likes (post_id, user_id, created_at) values ($1, $2, $3) returning post_id as id`, [p, liker.id, w5.wednesday]);
        }
        // Deleting a post takes its comment and like with it.
        await s.q.query(`delete from public.posts where id = $1`, [posts[0]]);
        await s.q.query(`delete from public.post_likes where post_id = $1`, [posts[1]]);
        // A date moved by the service role (e.g. an import fix) moves the count with it.
        await s.q.query(`update public.posts set created_at = $2 where id = $1`, [posts[2], w7.wednesday]);
        await s.q.query(`delete from auth.users where id = $1`, [gone.id]);

        const after = await s.analytics();
        const delta = (week: string, metric: keyof Omit<Weekly, 'week'>) =>
          after.weekly.find((w) => w.week === week)![metric] - before.weekly.find((w) => w.week === week)![metric];
        expect({ posts: delta(w5.week, 'posts'), comments: delta(w5.week, 'comments'), likes: delta(w5.week, 'likes') }).toEqual({
          posts: 1,
          comments: 2,
          likes: 1,
        });
        expect(delta(w7.week, 'posts')).toBe(1);
        expect(delta(w5.week, 'signups')).toBe(-1);
        expect(after.weekly).toEqual((await s.truth()).weekly);
      },
      { commit: true },
    );
  });

  it('is refused to everyone but admins', async () => {
    const [candidate, pro] = await Promise.all([createMember(), createMember({ role: 'pro' })]);
    for (const m of [candidate, pro]) {
      expect(await attempt(m.actor, `select public.admin_analytics()`)).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('answers in a measured time (20 calls; median logged, not asserted)', async () => {
    const durations: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await ok(attempt(admin.actor, `select public.admin_analytics() as a`));
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    const median = (durations[9]! + durations[10]!) / 2;
    console.log(`admin_analytics(): median ${median.toFixed(2)} ms over 20 calls (min ${durations[0]!.toFixed(2)}, max ${durations[19]!.toFixed(2)})`);
    expect(durations).toHaveLength(20);
  });
});
