// `npm run test:another-day`: the database, web and stand-in suites and the browser suite again, with
// every process's clock 400 days ahead (Debian's faketime) and the zone at UTC+14, so that no test can
// lean on today's date or the machine's zone. The two halves share nothing (the browser suite answers
// Supabase with its stand-in, the Vitest projects start their own PostgreSQL), so they run side by
// side: the browser suite's output streams, the Vitest run's is printed whole when it ends.
import { spawn } from 'node:child_process';

interface Half {
  name: string;
  command: string[];
  streamed: boolean;
}

const HALVES: Half[] = [
  { name: 'browser', command: ['npm', 'run', 'test:browser'], streamed: true },
  { name: 'vitest', command: ['npx', 'vitest', 'run', '--project', 'database', '--project', 'web', '--project', 'stand-in'], streamed: false },
];

function run({ name, command, streamed }: Half): Promise<{ name: string; code: number; seconds: number }> {
  const started = Date.now();
  const child = spawn('faketime', ['-f', '+400d', ...command], {
    env: { ...process.env, TZ: 'Pacific/Kiritimati' },
    stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const kept: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => kept.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => kept.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!streamed) process.stdout.write(`\n[another-day] ${name} output:\n${Buffer.concat(kept).toString()}`);
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 });
    });
  });
}

const results = await Promise.all(HALVES.map(run));
for (const { name, code, seconds } of results) {
  console.log(`[another-day] ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds.toFixed(0)} s`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
