// Arranging Inside and Live scenes for database tests: posts, comments, likes, reports, events,
// registrations and notifications written by the owner role (no policy, trigger-side effects as
// in production), and attempts that must leave no trace (global queues, account erasure).
import pg from 'pg';
import { type Actor, type Attempt, type Query, type Row, claimsFor, inTransaction, owner, roleOf } from './db.ts';
import { type Member, createMember } from './world.ts';

export type PostOptions = {
  title?: string | null;
  body?: string;
  category?: string;
  pinned?: boolean;
  hidden?: boolean;
  createdAt?: string;
};

/** A post as if its author had published it (created_at may be arranged). */
export async function createPost(authorId: string, options: PostOptions = {}): Promise<string> {
  const { rows } = await owner<{ id: string }>(
    `insert into public.posts (author_id, title, body, category, pinned, hidden, created_at)
     values ($1, $2, $3, $4, $5, $6, coalesce($7::timestamptz, now())) returning id`,
    [authorId, options.title === undefined ? 'Une question' : options.title, options.body ?? 'Bonjour à toutes et à tous.',
      options.category ?? 'general', options.pinned ?? false, options.hidden ?? false, options.createdAt ?? null],
  );
  return rows[0].id;
}

export async function createComment(postId: string, authorId: string, options: { body?: string; hidden?: boolean } = {}) {
  const { rows } = await owner<{ id: string }>(
    `insert into public.comments (post_id, author_id, body, hidden) values ($1, $2, $3, $4) returning id`,
    [postId, authorId, options.body ?? 'Merci pour le partage.', options.hidden ?? false],
  );
  return rows[0].id;
}

export async function createLike(postId: string, userId: string): Promise<void> {
  await owner('insert into public.post_likes (post_id, user_id) values ($1, $2)', [postId, userId]);
}

export async function createReport(reporterId: string, target: { postId?: string; commentId?: string }): Promise<string> {
  const { rows } = await owner<{ id: string }>(
    `insert into public.reports (reporter_id, post_id, comment_id, reason) values ($1, $2, $3, 'spam') returning id`,
    [reporterId, target.postId ?? null, target.commentId ?? null],
  );
  return rows[0].id;
}

/**
 * Gives a member the standing whose reports count (private.report_weight): an account `days` old
 * with `contributions` visible comments, written on a hidden post of their own so no feed shows them.
 */
export async function establish(userId: string, options: { days?: number; contributions?: number } = {}): Promise<void> {
  const { days = 30, contributions = 3 } = options;
  await owner(`update public.accounts set created_at = now() - make_interval(days => $2) where user_id = $1`, [userId, days]);
  const post = await createPost(userId, { hidden: true, body: 'Mes notes' });
  await owner(
    `insert into public.comments (post_id, author_id, body) select $1, $2, 'Note ' || g from generate_series(1, $3::int) g`,
    [post, userId, contributions],
  );
}

export type EventOptions = { capacity?: number | null; startsIn?: string; status?: string; joinUrl?: string | null; title?: string };

/** A webinar starting `startsIn` from now (default 7 days), one hour long, with a join link. */
export async function createEvent(options: EventOptions = {}): Promise<string> {
  const { rows } = await owner<{ id: string }>(
    `insert into public.events (title, starts_at, ends_at, capacity, status)
     values ($1, now() + $2::interval, now() + $2::interval + interval '1 hour', $3, $4) returning id`,
    [options.title ?? 'Webinaire de test', options.startsIn ?? '7 days', options.capacity === undefined ? 50 : options.capacity,
      options.status ?? 'scheduled'],
  );
  const id = rows[0].id;
  if (options.joinUrl !== null) {
    await owner('insert into public.event_join_links (event_id, join_url) values ($1, $2)', [id, options.joinUrl ?? `https://zoom.us/j/${Date.now()}`]);
  }
  return id;
}

/** A seat or waitlist place written directly, with the event's running counts kept right. */
export async function createRegistration(eventId: string, userId: string, status: 'registered' | 'waitlisted' = 'registered') {
  await owner('insert into public.event_registrations (event_id, user_id, status) values ($1, $2, $3)', [eventId, userId, status]);
  await owner(
    `update public.events set registered_count = registered_count + ($2 = 'registered')::int,
       waitlist_count = waitlist_count + ($2 = 'waitlisted')::int where id = $1`,
    [eventId, status],
  );
}

export async function createNotification(userId: string, title = 'Nouveau message'): Promise<string> {
  const { rows } = await owner<{ id: string }>(
    `insert into public.notifications (user_id, kind, title, link) values ($1, 'message_received', $2, '/dossier') returning id`,
    [userId, title],
  );
  return rows[0].id;
}

/** Mutes a member as an admin would (null lifts it). */
export async function muteUntil(userId: string, until: string | null): Promise<void> {
  await owner('update public.accounts set muted_until = $2::timestamptz where user_id = $1', [userId, until]);
}

export type CommunityCast = { member: Member; other: Member; pro: Member; admin: Member; muted: Member; suspended: Member; suspendedAdmin: Member };

/**
 * The member whose rows the others reach for, another member, a pro and an admin, all fresh; and a
 * muted member, a suspended member and a suspended admin, sanctioned already.
 */
export async function createCommunityCast(): Promise<CommunityCast> {
  const [member, other, pro, admin, muted, suspended, suspendedAdmin] = await Promise.all([
    createMember({ fullName: 'Membre Victime' }),
    createMember({ fullName: 'Membre Curieux' }),
    createMember({ role: 'pro', fullName: 'Pro Curieuse' }),
    createMember({ role: 'admin', fullName: 'Admin Témoin' }),
    createMember({ fullName: 'Membre En Sourdine' }),
    createMember({ fullName: 'Membre Suspendue' }),
    createMember({ role: 'admin', fullName: 'Admin Suspendu' }),
  ]);
  await muteUntil(muted.id, 'infinity');
  await owner(`update public.accounts set status = 'suspended' where user_id = any($1)`, [[suspended.id, suspendedAdmin.id]]);
  return { member, other, pro, admin, muted, suspended, suspendedAdmin };
}

/**
 * One statement as `actor` inside a transaction that is always rolled back: `arrange` first runs
 * as the owner in the same transaction (rows nobody else can see or lock), then the request scope
 * is set as PostgREST sets it. For calls whose effects would reach other test files (global queues)
 * or end the caller's account.
 */
export async function attemptRolledBack<R extends Row = Row>(
  actor: Actor,
  sql: string,
  params: unknown[] = [],
  arrange?: (q: Query) => Promise<void>,
): Promise<Attempt<R>> {
  const claims = await claimsFor(actor);
  try {
    return await inTransaction(
      [],
      async (q) => {
        if (arrange) await arrange(q);
        await q.query(
          `select set_config('search_path', 'public, extensions', true), set_config('role', $1, true),
                  set_config('request.jwt.claims', $2, true), set_config('request.method', 'POST', true),
                  set_config('request.path', '/', true), set_config('request.headers', '{}', true),
                  set_config('request.cookies', '{}', true)`,
          [roleOf(actor), JSON.stringify(claims)],
        );
        const result = await q.query<R>(sql, params);
        return { ok: true as const, rows: result.rows, rowCount: result.rowCount ?? 0 };
      },
      { rollback: true },
    );
  } catch (error) {
    if (error instanceof pg.DatabaseError) return { ok: false, code: error.code ?? '', message: error.message };
    throw error;
  }
}
