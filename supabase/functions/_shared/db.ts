// Postgres straight from SUPABASE_DB_URL (role `postgres`, as Supabase injects it). Work done for
// someone runs as they would through PostgREST: one transaction that first switches to their role
// and sets their claims with set_config(..., true), so RLS, grants and auth.uid() decide.
import postgres from 'npm:postgres@3.4.9';
import type { Claims } from './auth.ts';
import { baseEnv, readEnv } from './env.ts';

export type Sql = postgres.Sql;
export type Tx = postgres.TransactionSql;

let pool: Sql | undefined;

/** The function's small pool; `prepare: false` keeps it usable behind a transaction pooler. */
export function db(): Sql {
  pool ??= postgres(readEnv(baseEnv).SUPABASE_DB_URL, {
    max: Number(Deno.env.get('DB_POOL_SIZE') ?? 4),
    prepare: false,
    idle_timeout: 20,
    connect_timeout: 5,
    onnotice: () => {},
    connection: { application_name: 'capitune-edge-functions' },
  });
  return pool;
}

export type Role = 'authenticated' | 'service_role';

export type ActOptions = { sql?: Sql; readOnly?: boolean };

/** Runs `fn` in one transaction as `role` with `claims`; commits, or rolls back when `fn` throws. */
export function actAs<T>(role: Role, claims: Claims, fn: (tx: Tx) => Promise<T>, options: ActOptions = {}): Promise<T> {
  const sql = options.sql ?? db();
  const body = async (tx: Tx) => {
    await tx`select set_config('search_path', 'public, extensions', true),
                    set_config('role', ${role}, true),
                    set_config('request.jwt.claims', ${JSON.stringify({ ...claims, role })}, true)`;
    return fn(tx);
  };
  // Like PostgREST, reads run in a read-only transaction.
  return (options.readOnly ? sql.begin('read only', body) : sql.begin(body)) as Promise<T>;
}

/** The claims of a legacy service_role API key, for jobs the function runs on its own behalf. */
export const serviceClaims: Claims = { iss: 'supabase', role: 'service_role' };
