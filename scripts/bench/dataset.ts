// Generates the benchmark's data set-based, as the table owner (`postgres`), with user triggers
// off (session_replication_role = replica) so a million messages do not each enqueue a
// notification, an email and a broadcast. Everything those triggers keep is rebuilt from the true
// rows afterwards: profiles/accounts and the timeline are written here, like_count/comment_count
// come from the generated likes/comments; seat counts, private.weekly_activity,
// private.running_totals, private.decision_days and the sign-in mirror and its daily counts are
// recomputed.
// Foreign keys are not checked in replica mode either: invariants.ts verifies every one afterwards.
import pg from 'pg';
import { communitySteps, dossierSteps, likeBatch, memberSteps, postInsert, type Step } from './dataset-sql.ts';
import { derivedSteps, liveSteps, notificationSteps } from './dataset-live-sql.ts';
import { taskSteps } from './dataset-tasks-sql.ts';
import type { Sizes } from './sizes.ts';

export type StepTiming = { name: string; rows: number; ms: number };
export type GenerationReport = { steps: StepTiming[]; totalMs: number };

/** `superuserUrl` points at the bench database; only a superuser may switch replication role. */
export async function generateDataset(superuserUrl: string, sizes: Sizes, log: (line: string) => void): Promise<GenerationReport> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const steps: StepTiming[] = [];
  const run = async (step: Step) => {
    const t0 = performance.now();
    const result = await client.query(step.sql, step.params);
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    const rows = Number(last.rows?.[0]?.count ?? last.rowCount ?? 0);
    const timing = { name: step.name, rows, ms: performance.now() - t0 };
    steps.push(timing);
    log(`  ${timing.name}: ${rows.toLocaleString('en-US')} rows in ${(timing.ms / 1000).toFixed(1)} s`);
    return rows;
  };
  try {
    const { rows } = await client.query<{ hash: string }>(
      `select extensions.crypt('Bench-Password-2026', extensions.gen_salt('bf', 6)) as hash`,
    );
    await client.query(`set session_replication_role = replica`);
    await client.query(`set role postgres`);
    await client.query(`set work_mem = '256MB'`);
    await client.query(`select setseed(0.2026)`);
    for (const step of memberSteps(sizes, rows[0]!.hash)) await run(step);
    for (const step of [...dossierSteps(sizes), ...taskSteps(sizes)]) await run(step);
    for (const step of communitySteps(sizes)) await run(step);
    await generateLikes(sizes, run);
    await run(postInsert());
    for (const step of [...liveSteps(sizes), ...notificationSteps(sizes), ...derivedSteps()]) await run(step);
    await client.query(`reset role`);
    await client.query(`set session_replication_role = origin`);
    // Steady state of a live database: visibility map set and statistics fresh (autovacuum's job).
    await run({ name: 'vacuum analyze', sql: `vacuum (analyze)` });
    // ...and what generating and vacuuming dirtied written out now: otherwise the checkpoint spreads
    // those writes over the next minutes, and the timed reads share the two cores with it.
    await run({ name: 'checkpoint', sql: `checkpoint` });
  } finally {
    await client.end();
  }
  return { steps, totalMs: performance.now() - started };
}

// Random (post, member) pairs collide now and then; draw again until the count is exact.
async function generateLikes(sizes: Sizes, run: (step: Step) => Promise<number>): Promise<void> {
  let remaining = sizes.likes;
  for (let round = 0; remaining > 0 && round < 20; round++) remaining -= await run(likeBatch(sizes, remaining));
  if (remaining > 0) throw new Error(`could not draw ${sizes.likes} distinct likes (${remaining} missing)`);
}
