// What Supabase's advisor lints look at (supabase/splinter lints/*.sql): the project's own schemas,
// the schemas the Data API exposes, and where a policy asks for the request's values once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { repoRoot } from '../../../scripts/db/prepare-database.ts';

export type Queryable = pg.Pool | pg.PoolClient;

/** One advisor lint: what it reports on a database, and one object that it must report. */
export type Lint = {
  /** splinter's name for it */
  name: string;
  level: 'ERROR' | 'WARN' | 'INFO';
  /** the rule, as the sentence the test asserts */
  rule: string;
  findings: (db: Queryable) => Promise<string[]>;
  /** SQL that plants one violation (run as postgres in a transaction that is rolled back) */
  canary: string;
};

/** Schemas Supabase manages; every splinter lint skips them (its `not in (...)` list). */
export const PLATFORM_SCHEMAS = [
  '_timescaledb_cache', '_timescaledb_catalog', '_timescaledb_config', '_timescaledb_internal', 'auth', 'cron',
  'extensions', 'graphql', 'graphql_public', 'information_schema', 'net', 'pgmq', 'pgroonga', 'pgsodium',
  'pgsodium_masks', 'pgtle', 'pgbouncer', 'pg_catalog', 'realtime', 'repack', 'storage', 'supabase_functions',
  'supabase_migrations', 'tiger', 'topology', 'vault',
];

/**
 * The Data API's schemas: `[api] schemas` in supabase/config.toml. Splinter reads them from the
 * `pgrst.db_schemas` setting, which PostgREST's role carries on a real project.
 */
export function exposedSchemas(): string[] {
  const config = readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
  const api = config.split(/^\[/m).find((section) => section.startsWith('api]'));
  const list = api?.match(/^schemas\s*=\s*\[([^\]]*)\]/m)?.[1];
  if (list === undefined) throw new Error('supabase/config.toml has no [api] schemas');
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

// Each lint is `select <finding text> ...`; these relations give it its scope by name.
const SCOPE = `
  with platform(nspname) as (select unnest($1::text[])),
  exposed(nspname) as (select unnest($2::text[])),
  project as (
    select n.oid, n.nspname from pg_catalog.pg_namespace n
    where n.nspname not in (select nspname from platform) and n.nspname not like 'pg\\_%'
  ),
  api as (select n.oid, n.nspname from pg_catalog.pg_namespace n where n.nspname in (select nspname from exposed)),
  extension_member as (select d.objid from pg_catalog.pg_depend d where d.deptype = 'e')`;

/** A lint written as `select <finding text> ...`, continuing SCOPE's `with`; findings come sorted. */
export function sqlLint(sql: string): Lint['findings'] {
  return async (db) => {
    const { rows } = await db.query<{ finding: string }>(`${SCOPE} ${sql}`, [PLATFORM_SCHEMAS, exposedSchemas()]);
    return rows.map((row) => row.finding).sort();
  };
}

/** A browser role may read or write the relation: the privilege splinter tests, and writes. */
export const browserCanReach = (oid: string) => `(
  pg_catalog.has_table_privilege('anon', ${oid}, 'select, insert, update, delete')
  or pg_catalog.has_table_privilege('authenticated', ${oid}, 'select, insert, update, delete'))`;

/** A policy's USING or WITH CHECK that lets every row through. */
export const alwaysTrue = (expression: string) =>
  `pg_catalog.regexp_replace(lower(${expression}), '[\\s()]', '', 'g') in ('true', '1=1')`;

// Calls that return the same value for every row of a statement. Splinter's auth_rls_initplan
// wants the claim readers written exactly as `select auth.uid()`; the channel topic and the private
// helpers that read the caller's standing may sit deeper in a sub-select that runs once.
const CLAIM_CALL = /\b(?:auth\.(?:uid|jwt|role|email)\(\)|current_setting\()/gi;
const HELPER_CALL = /\b(?:realtime\.topic\(\)|private\.\w+\(\))/gi;

/**
 * The calls of a policy expression (as pg_policies prints it) that the lint reports: claim readers
 * not written as `select auth.uid()` (splinter matches that text, so `(select auth.uid()::text)`
 * is reported although Postgres runs it once), and helpers outside a sub-select that runs once.
 */
export function unwrappedCalls(expression: string): string[] {
  // Blank out string literals so their parentheses do not count.
  const text = expression.replace(/'(?:[^']|'')*'/g, (literal) => `'${'_'.repeat(literal.length - 2)}'`);
  const claims = [...text.matchAll(CLAIM_CALL)].filter((call) => !/\bselect\s+$/i.test(text.slice(0, call.index)));
  const helpers = [...text.matchAll(HELPER_CALL)].filter((call) => !inInitPlan(text, call.index));
  return [...claims, ...helpers].map((call) => call[0]);
}

/**
 * True when the call at `at` is in the select list of a sub-select with no FROM or WHERE before
 * it, or is the first item of a sub-select's FROM: `(select auth.uid())`,
 * `(select nullif(private.f(), false))`, `(select id from private.ids() id)`. Postgres evaluates
 * such a sub-select once per statement (an InitPlan), not once per row.
 */
function inInitPlan(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i -= 1) {
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(' && depth > 0) depth -= 1;
    else if (text[i] === '(' && /^\s*select\b/i.test(text.slice(i + 1))) {
      const before = withoutGroups(text.slice(i + 1, at));
      return !/\b(from|where)\b/i.test(before) || /\bfrom\s*$/i.test(before);
    }
  }
  return false;
}

// Drops every closed (...) group, keeping the text at the outer level.
function withoutGroups(text: string): string {
  let previous;
  let current = text;
  do {
    previous = current;
    current = current.replace(/\([^()]*\)/g, '');
  } while (current !== previous);
  return current;
}
