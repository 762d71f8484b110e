// Times each hot query as its member (role authenticated + claims, like the tests) and its no-RLS
// twin as the table owner, in the same run, interleaved, over many different members. Only the
// statement itself is timed (round trip from this process, planning included); BEGIN, the
// set_config call and COMMIT are the same API mechanics on both sides of the comparison.
import pg from 'pg';
import type { HotQuery, Case } from './queries.ts';
import { beginRequest, claimsOnly, requestSettingsFor, type RequestSettings } from './session.ts';

export type Sample = { ms: number[]; rows: number[] };
export type QueryRun = {
  query: HotQuery;
  cases: Case[];
  rls: Sample;
  owner: Sample;
  /** Repetitions where the member and the owner got a different number of rows. */
  mismatches: number;
};

export type RunOptions = { reps: number; members: number; warmup: number };

export async function runHotQueries(ownerUrl: string, queries: HotQuery[], options: RunOptions,
  log: (line: string) => void): Promise<QueryRun[]> {
  const rlsClient = new pg.Client({ connectionString: ownerUrl });
  const ownerClient = new pg.Client({ connectionString: ownerUrl });
  await Promise.all([rlsClient.connect(), ownerClient.connect()]);
  try {
    const runs: QueryRun[] = [];
    for (const query of queries) {
      const cases = await query.cases(ownerClient, options.members);
      if (cases.length === 0) throw new Error(`${query.name}: the data set has no member to run it`);
      const settings = await requestSettingsFor(ownerClient, [...new Set(cases.map((c) => c.member))]);
      const run: QueryRun = { query, cases, rls: { ms: [], rows: [] }, owner: { ms: [], rows: [] }, mismatches: 0 };
      const once = async (i: number, record: boolean) => {
        const c = cases[i % cases.length]!;
        const memberSettings = settings.get(c.member)!;
        const rlsSide = () => timed(rlsClient, memberSettings, query.rls, c.params);
        const ownerSide = () => timed(ownerClient, query.ownerNeedsClaims ? claimsOnly(memberSettings) : [],
          query.rls, c.params);
        // Alternate which side goes first so neither always runs on a warmer cache.
        let rls: Timed;
        let owner: Timed;
        if (i % 2 === 0) {
          rls = await rlsSide();
          owner = await ownerSide();
        } else {
          owner = await ownerSide();
          rls = await rlsSide();
        }
        if (!record) return;
        run.rls.ms.push(rls.ms);
        run.rls.rows.push(rls.rows);
        run.owner.ms.push(owner.ms);
        run.owner.rows.push(owner.rows);
        if (rls.rows !== owner.rows) run.mismatches++;
      };
      for (let i = 0; i < options.warmup; i++) await once(i, false);
      for (let i = 0; i < options.reps; i++) await once(i, true);
      runs.push(run);
      log(`  ${query.name}: ${options.reps} runs over ${cases.length} members`);
    }
    return runs;
  } finally {
    await Promise.all([rlsClient.end(), ownerClient.end()]);
  }
}

type Timed = { ms: number; rows: number };

async function timed(client: pg.Client, settings: RequestSettings, sql: string, params: unknown[]): Promise<Timed> {
  await beginRequest(client, settings, true);
  try {
    const t0 = performance.now();
    const result = await client.query(sql, params);
    const ms = performance.now() - t0;
    return { ms, rows: result.rowCount ?? 0 };
  } finally {
    await client.query('commit');
  }
}

