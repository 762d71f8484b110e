// Times each hot query as its member in A (the earlier chapters) and B (this checkout's), the same
// member and parameters on both, interleaved A,B then B,A rep after rep, in both of PostgREST's
// modes (runner.ts): the machine's load drifts over a run, and pairing lets both sides share it.
// A query the earlier schema cannot run (a table or function it lacks) is reported, not timed.
import pg from 'pg';
import type { HotQuery } from './queries.ts';
import { MODES, type Mode, statementFor, timed } from './runner.ts';
import { quantile } from './report.ts';
import { requestSettingsFor } from './session.ts';

export type AbSide = { medianMs: number; p25Ms: number; p75Ms: number; medianRows: number };
export type AbMode = { a: AbSide; b: AbSide; ratio: number; pairedRatio: number; rowMismatches: number };
export type AbQuery =
  | { name: string; who: string; reps: number; members: number; modes: Record<Mode, AbMode> }
  | { name: string; who: string; skipped: string };

export type AbOptions = { reps: number; members: number; warmup: number };

export async function runAb(aOwnerUrl: string, bOwnerUrl: string, queries: HotQuery[], options: AbOptions,
  log: (line: string) => void): Promise<AbQuery[]> {
  const clients = { a: new pg.Client({ connectionString: aOwnerUrl }), b: new pg.Client({ connectionString: bOwnerUrl }) };
  const owner = new pg.Client({ connectionString: bOwnerUrl });
  await Promise.all([clients.a.connect(), clients.b.connect(), owner.connect()]);
  try {
    const results: AbQuery[] = [];
    for (const query of queries) {
      const cases = await query.cases(owner, options.members);
      if (cases.length === 0) throw new Error(`${query.name}: the data set has no member to run it`);
      const settings = await requestSettingsFor(owner, [...new Set(cases.map((c) => c.member))]);
      const missing = await cannotRun(clients.a, query, settings.get(cases[0]!.member)!, cases[0]!.params);
      if (missing) {
        results.push({ name: query.name, who: query.who, skipped: missing });
        log(`  ${query.name}: not in A (${missing})`);
        continue;
      }
      const samples = Object.fromEntries(MODES.map((m) => [m, { a: [] as number[], b: [] as number[], aRows: [] as number[], bRows: [] as number[] }]));
      const once = async (i: number, record: boolean) => {
        const c = cases[i % cases.length]!;
        const sides = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
        for (const mode of Math.floor(i / 2) % 2 === 0 ? MODES : [...MODES].reverse()) {
          for (const side of sides) {
            const got = await timed(clients[side], settings.get(c.member)!, mode, statementFor(query, mode, c.params));
            if (!record) continue;
            samples[mode]![side].push(got.ms);
            samples[mode]![side === 'a' ? 'aRows' : 'bRows'].push(got.rows);
          }
        }
      };
      for (let i = 0; i < options.warmup; i++) await once(i, false);
      for (let i = 0; i < options.reps; i++) await once(i, true);
      const modes = Object.fromEntries(MODES.map((m) => {
        const s = samples[m]!;
        const a = side(s.a, s.aRows);
        const b = side(s.b, s.bRows);
        return [m, { a, b, ratio: b.medianMs / a.medianMs, pairedRatio: quantile(s.b.map((ms, i) => ms / s.a[i]!), 0.5),
          rowMismatches: s.aRows.filter((rows, i) => rows !== s.bRows[i]).length }];
      })) as Record<Mode, AbMode>;
      results.push({ name: query.name, who: query.who, reps: options.reps, members: cases.length, modes });
      log(`  ${query.name}: A ${modes.prepared.a.medianMs.toFixed(2)} ms, B ${modes.prepared.b.medianMs.toFixed(2)} ms (prepared)`);
    }
    return results;
  } finally {
    await Promise.all([clients.a.end(), clients.b.end(), owner.end()]);
  }
}

const side = (ms: number[], rows: number[]): AbSide =>
  ({ medianMs: quantile(ms, 0.5), p25Ms: quantile(ms, 0.25), p75Ms: quantile(ms, 0.75), medianRows: quantile(rows, 0.5) });

// undefined when A runs the statement; else why not (its table, column or function is newer).
async function cannotRun(client: pg.Client, query: HotQuery, settings: Parameters<typeof timed>[1],
  params: unknown[]): Promise<string | undefined> {
  try {
    await timed(client, settings, 'unprepared', statementFor(query, 'unprepared', params));
    return undefined;
  } catch (error) {
    await client.query('rollback');
    const { code, message } = error as { code?: string; message: string };
    if (code === '42P01' || code === '42703' || code === '42883') return message;
    throw error;
  }
}
