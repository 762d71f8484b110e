// `npm run dev`: the web app against a Supabase stack. With Docker: `supabase start`, then Next
// with that stack's URL and publishable key. Otherwise, when web/.env.local names a project, Next
// against that project. Otherwise a database-only stack (embedded Postgres with migrations and the
// demo seed) and a clear message about what the full stack needs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalPostgres } from './db/local-postgres.ts';
import { prepareDatabase, repoRoot, urlForRole } from './db/prepare-database.ts';

const envFile = path.join(repoRoot, 'web', '.env.local');
const supabaseCli = path.join(repoRoot, 'node_modules', '.bin', 'supabase');

function dockerIsRunning(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

function configuredProject(): string | undefined {
  if (!existsSync(envFile)) return undefined;
  const match = /^NEXT_PUBLIC_SUPABASE_URL=(.+)$/m.exec(readFileSync(envFile, 'utf8'));
  return match?.[1].trim() || undefined;
}

function startWeb(env: Record<string, string> = {}): void {
  spawn('npm', ['run', 'dev', '-w', 'web'], { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } })
    .on('exit', (code) => process.exit(code ?? 0));
}

/** `supabase status -o env` prints KEY="value" lines (API_URL, PUBLISHABLE_KEY or ANON_KEY, …). */
function localStackEnv(): Record<string, string> {
  const output = execFileSync(supabaseCli, ['status', '-o', 'env'], { cwd: repoRoot, encoding: 'utf8' });
  const values = Object.fromEntries(
    [...output.matchAll(/^([A-Z_]+)="?([^"\n]*)"?$/gm)].map((match) => [match[1], match[2]]),
  );
  return {
    NEXT_PUBLIC_SUPABASE_URL: values.API_URL ?? 'http://127.0.0.1:54321',
    NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY: values.PUBLISHABLE_KEY ?? values.ANON_KEY ?? '',
    NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
  };
}

async function runDatabaseOnly(): Promise<void> {
  const server = await startLocalPostgres();
  const url = urlForRole(server.url, 'postgres', 'postgres');
  await prepareDatabase(server.url, { migrationUrl: url });
  console.log(`
Ni Docker ni projet Supabase (web/.env.local) : seule la base de données tourne.
  DATABASE_URL=${url}
  Comptes de démonstration (mot de passe Capitune-Demo-2026) : amina@demo.capitune.ca,
  lucas@demo.capitune.ca (candidats), sophie@ et karim@demo.capitune.ca (pros), claire@demo.capitune.ca (admin).
Pour l’application complète (Auth, Storage, Realtime, fonctions) : démarrez Docker puis relancez
\`npm run dev\`, ou copiez web/.env.example vers web/.env.local avec l’URL et la clé publique d’un projet.
Ctrl+C arrête et supprime cette base.`);
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

if (dockerIsRunning()) {
  console.log('Docker détecté : pile Supabase locale (supabase start), puis l’application sur http://localhost:3000.');
  execFileSync(supabaseCli, ['start'], { cwd: repoRoot, stdio: 'inherit' });
  startWeb(localStackEnv());
} else if (configuredProject()) {
  console.log(`Projet Supabase de web/.env.local : ${configuredProject()} — application sur http://localhost:3000.`);
  startWeb();
} else {
  await runDatabaseOnly();
}
