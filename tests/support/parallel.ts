// Real parallel connections for concurrency tests: a dedicated pool (one server backend per
// client) sized to what the server can spare, and API requests run on a chosen client exactly as
// support/db.ts `as()` runs them (one transaction, one `select set_config(...)`, the query).
import pg from 'pg';
import { inject } from 'vitest';
import { type Actor, claimsFor, owner, roleOf } from './db.ts';

export type RequestSettings = [string, string][];

/**
 * How many connections this file may open on top of what is in use: at most `wanted`, leaving
 * `keepFree` slots for the other test files running in parallel (each pools up to 4).
 */
export async function spareConnections(wanted: number, keepFree = 30): Promise<{ size: number; maxConnections: number; inUse: number }> {
  const { rows } = await owner<{ max: number; reserved: number; used: number }>(
    `select current_setting('max_connections')::int as max,
            current_setting('superuser_reserved_connections')::int
              + coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0) as reserved,
            (select count(*)::int from pg_stat_activity where backend_type = 'client backend') as used`,
  );
  const { max, reserved, used } = rows[0]!;
  return { size: Math.max(2, Math.min(wanted, max - reserved - used - keepFree)), maxConnections: max, inUse: used };
}

/** A dedicated pool of `size` connections as role `postgres`; the caller ends it (in afterAll). */
export function parallelPool(size: number): pg.Pool {
  return new pg.Pool({ connectionString: inject('databaseUrl'), max: size, idleTimeoutMillis: 0 });
}

/** Opens `count` connections at once and keeps them checked out (release them with `releaseAll`). */
export async function checkout(pool: pg.Pool, count: number): Promise<pg.PoolClient[]> {
  return Promise.all(Array.from({ length: count }, () => pool.connect()));
}

export function releaseAll(clients: pg.PoolClient[]): void {
  for (const client of clients) client.release();
}

let roleSettingsCache: Promise<Map<string, RequestSettings>> | undefined;

/** The settings PostgREST would apply for `actor`'s request; compute them before a race. */
export async function requestSettings(actor: Actor): Promise<RequestSettings> {
  roleSettingsCache ??= owner<{ rolname: string; name: string; value: string }>(
    `select r.rolname, split_part(c, '=', 1) as name, substr(c, strpos(c, '=') + 1) as value
     from pg_db_role_setting s
     join pg_roles r on r.oid = s.setrole
     cross join unnest(s.setconfig) as c
     where r.rolname in ('anon', 'authenticated', 'service_role')
       and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
     order by s.setdatabase`,
  ).then(({ rows }) => {
    const byRole = new Map<string, RequestSettings>();
    for (const row of rows) byRole.set(row.rolname, [...(byRole.get(row.rolname) ?? []), [row.name, row.value]]);
    return byRole;
  });
  const role = roleOf(actor);
  return [
    ['search_path', 'public, extensions'],
    ...((await roleSettingsCache).get(role) ?? []),
    ['role', role],
    ['request.jwt.claims', JSON.stringify(await claimsFor(actor))],
    ['request.method', 'POST'],
    ['request.path', '/'],
    ['request.headers', '{}'],
    ['request.cookies', '{}'],
  ];
}

/** BEGIN and the request's settings on `client`; the caller then queries and ends the transaction. */
export async function beginRequest(client: pg.PoolClient, settings: RequestSettings): Promise<void> {
  await client.query('begin');
  const calls = settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`);
  await client.query(`select ${calls.join(', ')}`, settings.flat());
}

/** One request on `client`: begin, settings, `fn`, then commit (or rollback on error or when asked). */
export async function requestOn<T>(
  client: pg.PoolClient,
  settings: RequestSettings,
  fn: (q: pg.PoolClient) => Promise<T>,
  options: { rollback?: boolean } = {},
): Promise<T> {
  try {
    await beginRequest(client, settings);
    const result = await fn(client);
    await client.query(options.rollback ? 'rollback' : 'commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
