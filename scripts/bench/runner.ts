// Times each hot query as its member (role authenticated + claims, like the tests) and its no-RLS
// twin as the table owner, in the same run, interleaved, over many different members, in both of
// PostgREST's modes. Only the statement itself is timed (round trip from this process, planning
// included); BEGIN, the set_config call and COMMIT are the same API mechanics on both sides.
//
// How PostgREST runs a statement (PostgREST/postgrest, commit 4834678902):
// - docs/references/configuration.rst, db-prepared-statements: default true; false only behind a
//   transaction-mode pooler; queries are then parameterized but not prepared (cached in the session).
// - src/library/PostgREST/MainTx.hs: the request's settings statement and the main query both go
//   through `dynamicallyParameterized ... configDbPreparedStatements`.
// - src/hasql/Hasql/IO.hs + PreparedStatementRegistry.hs: prepared, each distinct SQL text (and
//   parameter types) is prepared once per connection under a numbered name, then only executed;
//   unprepared, every request sends the text again as the unnamed statement (PQsendQueryParams).
// node-postgres does the same: `{ name, text, values }` parses once per connection; without a name
// it parses the unnamed statement every time. A named statement's plan is then PostgreSQL's plan
// cache's choice (plan_cache_mode = auto: custom plans for the first five executions, then the
// generic plan unless its estimated cost is much higher; PostgreSQL's PREPARE docs); the counts of
// each are read back from pg_prepared_statements.
import pg from 'pg';
import type { HotQuery, Case } from './queries.ts';
import { beginRequest, claimsOnly, requestSettingsFor, type RequestSettings } from './session.ts';

export type Mode = 'prepared' | 'unprepared';
export const MODES: Mode[] = ['prepared', 'unprepared'];

export type Sample = { ms: number[]; rows: number[] };
/** How many executions of a prepared statement got a generic or a custom plan (warm-up included). */
export type PlanCacheUse = { generic: number; custom: number };
export type ModeRun = {
  member: Sample;
  owner: Sample;
  /** Repetitions where the member and the owner got a different number of rows. */
  mismatches: number;
  planCache?: { member: PlanCacheUse; owner: PlanCacheUse };
};
export type QueryRun = { query: HotQuery; cases: Case[]; modes: Record<Mode, ModeRun> };

export type RunOptions = { reps: number; members: number; warmup: number };

/** The statement as PostgREST sends it in `mode`: one prepared statement per query shape, or unnamed. */
export function statementFor(query: HotQuery, mode: Mode, params: unknown[], suffix = ''): pg.QueryConfig {
  return mode === 'prepared' ? { name: `bench_${query.name}${suffix}`, text: query.sql, values: params }
    : { text: query.sql, values: params };
}

export async function runHotQueries(ownerUrl: string, queries: HotQuery[], options: RunOptions,
  log: (line: string) => void): Promise<QueryRun[]> {
  const memberClient = new pg.Client({ connectionString: ownerUrl });
  const ownerClient = new pg.Client({ connectionString: ownerUrl });
  await Promise.all([memberClient.connect(), ownerClient.connect()]);
  try {
    const runs: QueryRun[] = [];
    for (const query of queries) {
      const cases = await query.cases(ownerClient, options.members);
      if (cases.length === 0) throw new Error(`${query.name}: the data set has no member to run it`);
      const settings = await requestSettingsFor(ownerClient, [...new Set(cases.map((c) => c.member))]);
      const modes = { prepared: emptyRun(), unprepared: emptyRun() };
      const once = async (i: number, record: boolean) => {
        const c = cases[i % cases.length]!;
        const memberSettings = settings.get(c.member)!;
        const ownerSettings = query.ownerNeedsClaims ? claimsOnly(memberSettings) : [];
        // Alternate which side, and which mode, goes first so that none always runs on a warmer cache.
        const sides = i % 2 === 0 ? (['member', 'owner'] as const) : (['owner', 'member'] as const);
        for (const mode of Math.floor(i / 2) % 2 === 0 ? MODES : [...MODES].reverse()) {
          const got = { member: { ms: 0, rows: 0 }, owner: { ms: 0, rows: 0 } };
          for (const side of sides) {
            got[side] = side === 'member'
              ? await timed(memberClient, memberSettings, mode, statementFor(query, mode, c.params))
              : await timed(ownerClient, ownerSettings, mode, statementFor(query, mode, c.params));
          }
          if (!record) continue;
          const run = modes[mode];
          for (const side of sides) {
            run[side].ms.push(got[side].ms);
            run[side].rows.push(got[side].rows);
          }
          if (got.member.rows !== got.owner.rows) run.mismatches++;
        }
      };
      for (let i = 0; i < options.warmup; i++) await once(i, false);
      for (let i = 0; i < options.reps; i++) await once(i, true);
      const name = statementFor(query, 'prepared', []).name!;
      modes.prepared.planCache = { member: await planCacheUse(memberClient, name), owner: await planCacheUse(ownerClient, name) };
      runs.push({ query, cases, modes });
      log(`  ${query.name}: ${options.reps} runs per mode over ${cases.length} members`);
    }
    return runs;
  } finally {
    await Promise.all([memberClient.end(), ownerClient.end()]);
  }
}

const emptyRun = (): ModeRun => ({ member: { ms: [], rows: [] }, owner: { ms: [], rows: [] }, mismatches: 0 });

export type Timed = { ms: number; rows: number };

export async function timed(client: pg.Client, settings: RequestSettings, mode: Mode, statement: pg.QueryConfig): Promise<Timed> {
  await beginRequest(client, settings, true, mode === 'prepared');
  try {
    const t0 = performance.now();
    const result = await client.query(statement);
    const ms = performance.now() - t0;
    return { ms, rows: result.rowCount ?? 0 };
  } finally {
    await client.query('commit');
  }
}

export async function planCacheUse(client: pg.Client, name: string): Promise<PlanCacheUse> {
  const { rows } = await client.query<{ generic: string; custom: string }>(
    `select generic_plans as generic, custom_plans as custom from pg_prepared_statements where name = $1`, [name]);
  return { generic: Number(rows[0]?.generic ?? 0), custom: Number(rows[0]?.custom ?? 0) };
}
