// Runs suites that share nothing side by side: each half is a list of commands run one after the
// other, stopping at the first that fails. One half's output streams; the others' is kept and
// printed whole when they end, so the log reads as one suite after another.
import { spawn } from 'node:child_process';

export interface Half {
  name: string;
  commands: string[][];
  streamed: boolean;
  /** Run before each command, e.g. `faketime -f +400d`. */
  prefix?: string[];
  env?: NodeJS.ProcessEnv;
}

interface Outcome {
  name: string;
  code: number;
  seconds: number;
}

/** Runs the halves side by side; resolves to the exit code (1 if any half failed) once all have ended. */
export async function sideBySide(label: string, halves: Half[]): Promise<number> {
  const outcomes = await Promise.all(halves.map((half) => runHalf(label, half)));
  for (const { name, code, seconds } of outcomes) {
    console.log(`[${label}] ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds.toFixed(0)} s`);
  }
  return outcomes.some((o) => o.code !== 0) ? 1 : 0;
}

async function runHalf(label: string, { name, commands, streamed, prefix = [], env }: Half): Promise<Outcome> {
  const started = Date.now();
  const kept: Buffer[] = [];
  let code = 0;
  for (const command of commands) {
    code = await runCommand([...prefix, ...command], { ...process.env, ...env }, streamed ? undefined : kept);
    if (code !== 0) break;
  }
  if (!streamed) process.stdout.write(`\n[${label}] ${name} output:\n${Buffer.concat(kept).toString()}`);
  return { name, code, seconds: (Date.now() - started) / 1000 };
}

function runCommand([program, ...args]: string[], env: NodeJS.ProcessEnv, kept?: Buffer[]): Promise<number> {
  const child = spawn(program!, args, { env, stdio: kept ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  child.stdout?.on('data', (chunk: Buffer) => kept!.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => kept!.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
