// Database access for tests: as the owner (role `postgres`), or as an API caller exactly as
// PostgREST runs a request (facts §4): one transaction, one `select set_config(...)`, the query.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, expect, inject } from 'vitest';

export type Actor =
  | { kind: 'anon' }
  | { kind: 'user'; id: string; email?: string; aal?: 'aal1' | 'aal2'; claims?: Record<string, unknown> }
  | { kind: 'service_role' };

export type Query = pg.PoolClient;
export type Row = Record<string, unknown>;
export type Attempt<R extends Row = Row> =
  | { ok: true; rows: R[]; rowCount: number }
  | { ok: false; code: string; message: string };

/** What an attempt refused for lack of privilege looks like, and one allowed that saw or changed nothing. */
export const refused = { ok: false, code: '42501' };
export const nothing = { ok: true, rowCount: 0 };

export const anon: Actor = { kind: 'anon' };
export const serviceRole: Actor = { kind: 'service_role' };
export const user = (id: string, extra: Omit<Extract<Actor, { kind: 'user' }>, 'kind' | 'id'> = {}): Actor => ({
  kind: 'user',
  id,
  ...extra,
});

let pool: pg.Pool | undefined;
let authPool: pg.Pool | undefined;
let databaseUrl: string | undefined;

/** The shared pool for this test file, connected as role `postgres` (closed after the file). */
export function db(): pg.Pool {
  pool ??= openPool(databaseUrl ?? inject('databaseUrl'), 4);
  return pool;
}

/**
 * pg-pool's end() resolves before its sockets have closed, so a database dropped `with (force)`
 * right after (isolated-database.ts) may end a closing connection from the server's side: that
 * 57P01 is the goodbye the test asked for. Any other error of an idle connection still fails the run.
 */
function openPool(connectionString: string, max: number): pg.Pool {
  return new pg.Pool({ connectionString, max }).on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error;
  });
}

/**
 * A pool logged in as `supabase_auth_admin`, the role Supabase Auth connects as (CLI
 * internal/start/start.go: GOTRUE_DB_DATABASE_URL), so its own `search_path = auth` applies.
 * Same password as the test database's URL, as in the CLI's local stack.
 */
export function authDb(): pg.Pool {
  if (!authPool) {
    const url = new URL(databaseUrl ?? inject('databaseUrl'));
    url.username = 'supabase_auth_admin';
    authPool = openPool(url.toString(), 2);
  }
  return authPool;
}

/** Points this test file's helpers (owner, as, world.ts, …) at another database, e.g. a dedicated one. */
export async function useDatabase(url: string): Promise<void> {
  await closeDb();
  databaseUrl = url;
  roleSettingsCache = undefined;
}

export async function closeDb(): Promise<void> {
  const closing = [pool, authPool];
  pool = undefined;
  authPool = undefined;
  await Promise.all(closing.map((each) => each?.end()));
}

afterAll(closeDb);

/** A query as the table owner: no role switch, bypasses RLS like migrations and seed. */
export function owner<R extends Row = Row>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
  return db().query<R>(sql, params);
}

/** The first row of a query as the owner, to arrange or check what a test did. */
export const one = async <R extends Row = Row>(sql: string, params: unknown[] = []) => (await owner<R>(sql, params)).rows[0]!;

export type RequestOptions = {
  method?: 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path?: string;
  /** The request's headers, names lowercased as PostgREST keys them in `request.headers`. */
  headers?: Record<string, string>;
};

/** Runs `fn` inside one API request of `actor`; commits, or rolls back and rethrows on error. */
export async function as<T>(actor: Actor, fn: (q: Query) => Promise<T>, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'POST';
  const role = roleOf(actor);
  const claims = await claimsFor(actor);
  const settings: [string, string][] = [
    ['search_path', 'public, extensions'],
    ...(await roleSettings(role)),
    ['role', role],
    ['request.jwt.claims', JSON.stringify(claims)],
    ['request.method', method],
    ['request.path', options.path ?? '/'],
    ['request.headers', JSON.stringify(options.headers ?? {})],
    ['request.cookies', '{}'],
  ];
  // PostgREST opens GET/HEAD requests read-only.
  return inTransaction(settings, fn, { readOnly: method === 'GET' || method === 'HEAD' });
}

/** Runs one statement as `actor`; SQL errors come back as `{ ok: false, code, message }`. */
export async function attempt<R extends Row = Row>(
  actor: Actor, sql: string, params: unknown[] = [], options: RequestOptions = {},
): Promise<Attempt<R>> {
  try {
    const result = await as(actor, (q) => q.query<R>(sql, params), options);
    return { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 };
  } catch (error) {
    if (error instanceof pg.DatabaseError) return { ok: false, code: error.code ?? '', message: error.message };
    throw error;
  }
}

/** The rows of an attempt that must succeed; the test fails when it was refused. */
export async function ok<R extends Row = Row>(result: Promise<Attempt<R>>): Promise<R[]> {
  const settled = await result;
  expect(settled).toMatchObject({ ok: true });
  return settled.ok ? settled.rows : [];
}

/** BEGIN; one `select set_config(name, value, true), ...`; fn; COMMIT (or ROLLBACK when asked or on error). */
export async function inTransaction<T>(
  settings: [string, string][],
  fn: (q: Query) => Promise<T>,
  options: { readOnly?: boolean; rollback?: boolean } = {},
): Promise<T> {
  const client = await db().connect();
  try {
    await client.query(options.readOnly ? 'begin read only' : 'begin');
    const calls = settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`);
    await client.query(`select ${calls.join(', ')}`, settings.flat());
    const result = await fn(client);
    await client.query(options.rollback ? 'rollback' : 'commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * One PostgREST request of `actor` inside an already open transaction (set-ups that must stay
 * uncommitted, such as a setting switched on for one test), in a savepoint undone afterwards.
 * `settings` adds request settings, such as the one Storage's own deletes run with.
 */
export async function requestWithin<R extends Row = Row>(
  q: Query, actor: Actor, sql: string, params: unknown[] = [], settings: [string, string][] = [],
): Promise<Attempt<R>> {
  const all: [string, string][] = [
    ['search_path', 'public, extensions'],
    ['role', roleOf(actor)],
    ['request.jwt.claims', JSON.stringify(await claimsFor(actor))],
    ['request.method', 'POST'],
    ...settings,
  ];
  await q.query('savepoint request');
  try {
    await q.query(`select ${all.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`, all.flat());
    const result = await q.query<R>(sql, params);
    return { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 };
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) throw error;
    return { ok: false, code: error.code ?? '', message: error.message };
  } finally {
    await q.query('rollback to savepoint request');
  }
}

export function roleOf(actor: Actor): string {
  return actor.kind === 'user' ? 'authenticated' : actor.kind;
}

// API keys are JWTs with only iss/ref/role/iat/exp (facts §5); fixed values keep claims stable.
const projectRef = 'capitunelocaltesting';
const keyIssuedAt = 1_767_225_600; // 2026-01-01

/** The JWT claims Supabase would put in the caller's token (facts §5). */
export async function claimsFor(actor: Actor): Promise<Record<string, unknown>> {
  if (actor.kind !== 'user') {
    return { iss: 'supabase', ref: projectRef, role: actor.kind, iat: keyIssuedAt, exp: keyIssuedAt + 10 * 365 * 86_400 };
  }
  const iat = Math.floor(Date.now() / 1000);
  const aal = actor.aal ?? 'aal1';
  const stored = await storedUser(actor.id);
  const amr = [{ method: 'password', timestamp: iat }];
  if (aal === 'aal2') amr.unshift({ method: 'totp', timestamp: iat });
  return {
    iss: 'http://127.0.0.1:54321/auth/v1',
    sub: actor.id,
    aud: 'authenticated',
    exp: iat + 3600,
    iat,
    email: actor.email ?? stored?.email ?? '',
    phone: stored?.phone ?? '',
    app_metadata: stored?.raw_app_meta_data ?? { provider: 'email', providers: ['email'] },
    user_metadata: stored?.raw_user_meta_data ?? {},
    role: 'authenticated',
    aal,
    amr,
    session_id: randomUUID(),
    is_anonymous: stored?.is_anonymous ?? false,
    ...actor.claims, // e.g. what a custom access token hook adds
  };
}

type StoredUser = {
  email: string | null;
  phone: string | null;
  raw_app_meta_data: Row | null;
  raw_user_meta_data: Row | null;
  is_anonymous: boolean;
};

// Tokens carry the user's row as Auth last saw it; ids not in auth.users get the defaults.
async function storedUser(id: string): Promise<StoredUser | undefined> {
  const { rows } = await owner<StoredUser>(
    `select email, phone, raw_app_meta_data, raw_user_meta_data, is_anonymous from auth.users
     where id = case when $1 ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then $1::uuid end`,
    [id],
  );
  return rows[0];
}

let roleSettingsCache: Promise<Map<string, [string, string][]>> | undefined;

// PostgREST applies the impersonated role's own `alter role ... set` values (anon: statement_timeout 3s).
async function roleSettings(role: string): Promise<[string, string][]> {
  roleSettingsCache ??= owner<{ rolname: string; name: string; value: string }>(
    `select r.rolname, split_part(c, '=', 1) as name, substr(c, strpos(c, '=') + 1) as value
     from pg_db_role_setting s
     join pg_roles r on r.oid = s.setrole
     cross join unnest(s.setconfig) as c
     where r.rolname in ('anon', 'authenticated', 'service_role')
       and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
     order by s.setdatabase`,
  ).then(({ rows }) => {
    const byRole = new Map<string, [string, string][]>();
    for (const row of rows) byRole.set(row.rolname, [...(byRole.get(row.rolname) ?? []), [row.name, row.value]]);
    return byRole;
  });
  return (await roleSettingsCache).get(role) ?? [];
}
