// Admin analytics and the privacy rights (docs/privacy.md): the dashboard's figures against what
// the tables hold, the member's data export, and account erasure.
//
// Other files write all the time, so analytics are compared with true counts read in the same
// snapshot (one REPEATABLE READ transaction: the function as the admin, the counts as the owner).
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, claimsFor, db, owner, type Attempt, type Row } from '../support/db.ts';
import { clearRateLimits, createDocument, createDossier, createMember, createMessage, type Member } from '../support/world.ts';

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

async function ok<R extends Row>(result: Promise<Attempt<R>>): Promise<R[]> {
  const settled = await result;
  expect(settled).toMatchObject({ ok: true });
  return settled.ok ? settled.rows : [];
}

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

// ---------------------------------------------------------------------------------------------

type Export = Record<string, unknown> & {
  account: Record<string, unknown>;
  profile: Record<string, unknown>;
  settings: Record<string, unknown>;
  dossiers: (Record<string, unknown> & { history: Row[]; documents: Row[]; messages: Row[] })[];
  messages_sent: Row[];
  posts: Row[];
  comments: Row[];
  likes: Row[];
  reports: Row[];
  event_registrations: Row[];
  notifications: Row[];
};

const exportOf = async (m: Member) => (await ok(attempt<{ data: Export }>(m.actor, `select public.export_my_data() as data`)))[0]!.data;

/** A member with something of everything: a dossier with chat and documents, Inside activity, a seat, notifications. */
async function livedIn(m: Member, pro: Member, peer: Member, marker: string) {
  const dossier = await createDossier(m.id, { proId: pro.id, status: 'in_review', title: `Dossier ${marker}` });
  const draft = await createDossier(m.id, { title: `Brouillon ${marker}` });
  const document = await createDocument(dossier, m.id, { fileName: `passeport-${marker}.pdf` });
  const draftDocument = await createDocument(draft, m.id, { fileName: `brouillon-${marker}.pdf` });
  const sent = await createMessage(dossier, m.id, `Question ${marker}`);
  const received = await createMessage(dossier, pro.id, `Réponse à ${marker}`);
  const draftMessage = await createMessage(draft, m.id, `Brouillon ${marker}`);
  const insert = async (sql: string, params: unknown[]) => (await owner<{ id: string }>(sql, params)).rows[0]!.id;
  const post = await insert(`insert into public.posts (author_id, title, body) values ($1, $2, $3) returning id`, [
    m.id, `Titre ${marker}`, `Publication ${marker}`,
  ]);
  const peerPost = await insert(`insert into public.posts (author_id, body) values ($1, $2) returning id`, [peer.id, `Fil de ${marker}`]);
  const comment = await insert(`insert into public.comments (post_id, author_id, body) values ($1, $2, $3) returning id`, [
    peerPost, m.id, `Commentaire ${marker}`,
  ]);
  const peerComment = await insert(`insert into public.comments (post_id, author_id, body) values ($1, $2, $3) returning id`, [
    post, peer.id, `Réponse du pair à ${marker}`,
  ]);
  await owner(`insert into public.post_likes (post_id, user_id) values ($1, $2), ($3, $4)`, [peerPost, m.id, post, peer.id]);
  const report = await insert(`insert into public.reports (reporter_id, post_id, reason) values ($1, $2, 'off_topic') returning id`, [
    m.id, peerPost,
  ]);
  return { dossier, draft, document, draftDocument, sent, received, draftMessage, post, peerPost, comment, peerComment, report };
}

describe('export_my_data()', () => {
  let me: Member;
  let stranger: Member;
  let pro: Member;
  let mine: Awaited<ReturnType<typeof livedIn>>;
  let theirs: Awaited<ReturnType<typeof livedIn>>;
  const marker = `moi-${randomBytes(4).toString('hex')}`;
  const strangerMarker = `autre-${randomBytes(4).toString('hex')}`;
  let event: string;

  beforeAll(async () => {
    const [peer, strangerPeer] = await Promise.all([createMember(), createMember()]);
    [me, stranger, pro] = await Promise.all([
      createMember({ fullName: `Moi ${marker}` }),
      createMember({ fullName: `Autre ${strangerMarker}` }),
      createMember({ role: 'pro' }),
    ]);
    mine = await livedIn(me, pro, peer, marker);
    theirs = await livedIn(stranger, pro, strangerPeer, strangerMarker);
    event = (await owner<{ id: string }>(
      `insert into public.events (title, starts_at, ends_at) values ('Export', now() + interval '5 days', now() + interval '5 days 1 hour') returning id`,
    )).rows[0]!.id;
    for (const m of [me, stranger]) await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
  });

  it("contains the caller's account, profile, settings and consent", async () => {
    const data = await exportOf(me);
    expect(data.account).toMatchObject({ id: me.id, email: me.email });
    expect(data.account).not.toHaveProperty('encrypted_password');
    expect(data.profile).toMatchObject({ id: me.id, full_name: `Moi ${marker}` });
    expect(data.settings).toMatchObject({ user_id: me.id, terms_version: '2026-11', email_notifications: true });
  });

  it("contains the caller's dossiers with timeline, document records and the whole chat", async () => {
    const data = await exportOf(me);
    expect(data.dossiers.map((d) => d.id).sort()).toEqual([mine.dossier, mine.draft].sort());
    const dossier = data.dossiers.find((d) => d.id === mine.dossier)!;
    expect(dossier.history.length).toBeGreaterThanOrEqual(1);
    expect(dossier.documents.map((d) => d.id)).toEqual([mine.document.id]);
    expect(dossier.messages.map((m) => m.id).sort()).toEqual([mine.sent, mine.received].sort());
  });

  it("contains what the caller wrote and did in Inside and Live, and their notifications", async () => {
    const data = await exportOf(me);
    expect(data.messages_sent.map((m) => m.id).sort()).toEqual([mine.sent, mine.draftMessage].sort());
    expect(data.posts.map((p) => p.id)).toEqual([mine.post]);
    expect(data.posts[0]).not.toHaveProperty('search_vector');
    expect(data.comments.map((c) => c.id)).toEqual([mine.comment]);
    expect(data.likes).toEqual([expect.objectContaining({ post_id: mine.peerPost, user_id: me.id })]);
    expect(data.reports.map((r) => r.id)).toEqual([mine.report]);
    expect(data.event_registrations).toEqual([expect.objectContaining({ event_id: event, user_id: me.id, status: 'registered' })]);
    const { rows } = await owner<{ id: string }>(`select id from public.notifications where user_id = $1`, [me.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(data.notifications.map((n) => n.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('contains nothing of another member', async () => {
    const text = JSON.stringify(await exportOf(me));
    for (const secret of [stranger.id, stranger.email, strangerMarker, theirs.dossier, theirs.post, theirs.comment, theirs.sent]) {
      expect(text).not.toContain(secret);
    }
  });

  it('works for a suspended member too', async () => {
    await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [stranger.id]);
    const data = await exportOf(stranger);
    expect(data.account).toMatchObject({ id: stranger.id });
    expect(data.settings).toMatchObject({ status: 'suspended' });
    expect(data.posts.map((p) => p.id)).toEqual([theirs.post]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("erase_my_account('SUPPRIMER')", () => {
  const REMOVED = '[Contenu retiré à la demande de son auteur]';
  let me: Member;
  let pro: Member;
  let peer: Member;
  let waiting: Member;
  let waitingOnCancelled: Member;
  let mine: Awaited<ReturnType<typeof livedIn>>;
  let event: string;
  let cancelled: string;
  let erasedAt: Date;

  const one = async <R extends Row>(sql: string, params: unknown[]) => (await owner<R>(sql, params)).rows[0];

  beforeAll(async () => {
    let admin: Member;
    [me, pro, peer, waiting, waitingOnCancelled, admin] = await Promise.all([
      createMember({ fullName: 'Sofia Ramírez' }),
      createMember({ role: 'pro' }),
      createMember(),
      createMember(),
      createMember(),
      createMember({ role: 'admin' }),
    ]);
    await owner(`update public.profiles set bio = 'Ingénieure civile', avatar_path = $1 || '/photo.png' where id = $1`, [me.id]);
    mine = await livedIn(me, pro, peer, 'effacement');
    const newEvent = async (title: string) =>
      (await owner<{ id: string }>(
        `insert into public.events (title, starts_at, ends_at, capacity) values ($1, now() + interval '3 days', now() + interval '3 days 1 hour', 1) returning id`,
        [title],
      )).rows[0]!.id;
    event = await newEvent('Une seule place');
    cancelled = await newEvent('Annulé ensuite');
    for (const [m, e] of [[me, event], [waiting, event], [me, cancelled], [waitingOnCancelled, cancelled]] as const) {
      await clearRateLimits(m.id); // one registration per second per member
      await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [e]));
    }
    await ok(attempt(admin.actor, `select id from public.cancel_event($1, 'Report')`, [cancelled]));
    // Emails waiting to go out, and one already sent.
    expect((await owner(`select 1 from public.email_outbox where user_id = $1 and status = 'pending'`, [me.id])).rowCount).toBeGreaterThan(1);
    await owner(
      `update public.email_outbox set status = 'sent', sent_at = now() where id = (select min(id) from public.email_outbox where user_id = $1)`,
      [me.id],
    );

    // Signed in on two devices (one token still from before sessions existed); the peer on one.
    for (const member of [me, me, peer]) {
      await owner(
        `with s as (insert into auth.sessions (id, user_id) values (gen_random_uuid(), $1) returning id)
         insert into auth.refresh_tokens (token, user_id, revoked, session_id) select md5(random()::text), $1::text, false, id from s`,
        [member.id],
      );
    }
    await owner(`insert into auth.refresh_tokens (token, user_id, revoked) values (md5(random()::text), $1::text, false)`, [me.id]);

    const rows = await ok(attempt<{ now: Date }>(me.actor, `select public.erase_my_account('SUPPRIMER'), now() as now`));
    erasedAt = rows[0]!.now;
  });

  it('anonymises the profile and suspends the account with emails off', async () => {
    expect(await one(`select full_name, avatar_path, bio from public.profiles where id = $1`, [me.id])).toEqual({
      full_name: 'Membre supprimé',
      avatar_path: null,
      bio: '',
    });
    expect(await one(`select status, email_notifications from public.accounts where user_id = $1`, [me.id])).toEqual({
      status: 'suspended',
      email_notifications: false,
    });
  });

  it('replaces the sign-in email, clears password, phone and metadata, deletes identities and bans for a century', async () => {
    expect(
      await one(
        // A finite date, as the admins' suspension bans (876000h): Auth cannot read an infinite one.
        `select email, encrypted_password, phone, raw_user_meta_data,
                isfinite(banned_until) and banned_until - updated_at = interval '876000 hours' as banned,
                (select count(*)::int from auth.identities i where i.user_id = u.id) as identities
         from auth.users u where id = $1`,
        [me.id],
      ),
    ).toEqual({
      email: `supprime+${me.id}@invalid.capitune.ca`,
      encrypted_password: '',
      phone: null,
      raw_user_meta_data: {},
      banned: true,
      identities: 0,
    });
    expect((await owner(`select 1 from auth.users where email = $1`, [me.email])).rowCount).toBe(0);
  });

  it('signs the member out everywhere and leaves other members signed in', async () => {
    const sessionsOf = async (id: string) =>
      one<{ sessions: number; tokens: number }>(
        `select (select count(*)::int from auth.sessions where user_id = $1) as sessions,
                (select count(*)::int from auth.refresh_tokens where user_id = $1::text) as tokens`,
        [id],
      );
    expect(await sessionsOf(me.id)).toEqual({ sessions: 0, tokens: 0 });
    expect(await sessionsOf(peer.id)).toEqual({ sessions: 1, tokens: 1 });
  });

  it('deletes draft dossiers with their documents and chat', async () => {
    expect((await owner(`select 1 from public.dossiers where id = $1`, [mine.draft])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.documents where id = $1`, [mine.draftDocument.id])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.messages where id = $1`, [mine.draftMessage])).rowCount).toBe(0);
  });

  it('keeps submitted dossiers, their documents, timeline and chat, still open to the assigned pro', async () => {
    expect(await one(`select candidate_id, status from public.dossiers where id = $1`, [mine.dossier])).toEqual({
      candidate_id: me.id,
      status: 'in_review',
    });
    expect((await owner(`select 1 from public.documents where id = $1`, [mine.document.id])).rowCount).toBe(1);
    expect((await owner(`select 1 from public.dossier_status_history where dossier_id = $1`, [mine.dossier])).rowCount).toBeGreaterThan(0);
    const chat = await ok(attempt<{ id: string; body: string }>(pro.actor, `select id, body from public.messages where dossier_id = $1 order by created_at`, [mine.dossier]));
    expect(chat.map((m) => m.body).sort()).toEqual(['Question effacement', 'Réponse à effacement']);
  });

  it("replaces the text of the member's posts and comments, and leaves others' comments intact", async () => {
    expect(await one(`select title, body from public.posts where id = $1`, [mine.post])).toEqual({ title: null, body: REMOVED });
    expect(await one(`select body from public.comments where id = $1`, [mine.comment])).toEqual({ body: REMOVED });
    expect(await one(`select author_id, body from public.comments where id = $1`, [mine.peerComment])).toEqual({
      author_id: peer.id,
      body: 'Réponse du pair à effacement',
    });
    expect(await one(`select body from public.posts where id = $1`, [mine.peerPost])).toEqual({ body: 'Fil de effacement' });
  });

  it('deletes likes (with the counts following), registrations, notifications and every email to the member', async () => {
    expect((await owner(`select 1 from public.post_likes where user_id = $1`, [me.id])).rowCount).toBe(0);
    expect(await one(`select like_count from public.posts where id = $1`, [mine.peerPost])).toEqual({ like_count: 0 });
    expect(await one(`select like_count from public.posts where id = $1`, [mine.post])).toEqual({ like_count: 1 }); // the peer's like stays
    expect((await owner(`select 1 from public.event_registrations where user_id = $1`, [me.id])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.notifications where user_id = $1`, [me.id])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.email_outbox where user_id = $1 or to_email = $2`, [me.id, me.email])).rowCount).toBe(0);
  });

  it('gives the freed seat to the first on the waitlist, who is told', async () => {
    expect(await one(`select status, promoted_at is not null as promoted from public.event_registrations where event_id = $1 and user_id = $2`, [event, waiting.id])).toEqual({
      status: 'registered',
      promoted: true,
    });
    expect(await one(`select registered_count, waitlist_count from public.events where id = $1`, [event])).toEqual({
      registered_count: 1,
      waitlist_count: 0,
    });
    const told = await owner(`select link from public.notifications where user_id = $1 and kind = 'event_promoted'`, [waiting.id]);
    expect(told.rows).toEqual([{ link: `/live/${event}` }]);
  });

  it('promotes nobody on a cancelled event, whose counts still follow', async () => {
    expect(await one(`select status, promoted_at from public.event_registrations where event_id = $1 and user_id = $2`, [cancelled, waitingOnCancelled.id])).toEqual({
      status: 'waitlisted',
      promoted_at: null,
    });
    expect((await owner(`select 1 from public.notifications where user_id = $1 and kind = 'event_promoted'`, [waitingOnCancelled.id])).rowCount).toBe(0);
    expect(await one(`select registered_count, waitlist_count from public.events where id = $1`, [cancelled])).toEqual({
      registered_count: 0,
      waitlist_count: 1,
    });
  });

  it('keeps the reports the member made, and writes a user.erased audit entry that is kept', async () => {
    expect(await one(`select reporter_id from public.reports where id = $1`, [mine.report])).toEqual({ reporter_id: me.id });
    const audit = await owner<{ actor_id: string; created_at: Date }>(
      `select actor_id, created_at from public.audit_log where action = 'user.erased' and target_table = 'profiles' and target_id = $1`,
      [me.id],
    );
    expect(audit.rows).toEqual([{ actor_id: me.id, created_at: erasedAt }]);
  });

  it('leaves the member unable to read or write anything private', async () => {
    expect(await ok(attempt(me.actor, `select id from public.dossiers`))).toEqual([]);
    expect(await attempt(me.actor, `insert into public.posts (body) values ('Je reviens')`)).toMatchObject({ ok: false, code: '42501' });
  });
});

describe('erase_my_account with a wrong confirmation', () => {
  it.each([
    ['lower case', 'supprimer'],
    ['trailing space', 'SUPPRIMER '],
    ['another word', 'DELETE'],
    ['nothing', null],
  ])('%s: refused with 22023, and nothing changes', async (_label, confirmation) => {
    const [me, pro, peer] = await Promise.all([createMember(), createMember({ role: 'pro' }), createMember()]);
    await livedIn(me, pro, peer, 'garde');
    const before = await exportOf(me);
    const result = await attempt(me.actor, `select public.erase_my_account($1)`, [confirmation]);
    expect(result).toMatchObject({ ok: false, code: '22023', message: 'Tapez SUPPRIMER pour confirmer la suppression du compte.' });
    const after = await exportOf(me);
    expect({ ...after, exported_at: null }).toEqual({ ...before, exported_at: null });
    expect((await owner(`select 1 from public.audit_log where action = 'user.erased' and target_id = $1`, [me.id])).rowCount).toBe(0);
  });
});
