// `tsx scripts/functions/deno.ts <deno args>`: runs the pinned Deno in supabase/functions,
// e.g. `npm run test:deno` (type-check every function, then `deno test`).
import { spawnSync } from 'node:child_process';
import { denoBinary, denoEnv, functionsDir } from './deno-runtime.ts';

const result = spawnSync(denoBinary(), process.argv.slice(2), {
  cwd: functionsDir,
  env: { ...process.env, ...denoEnv() },
  stdio: 'inherit',
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
