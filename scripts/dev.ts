// `npm run dev`: the app against a Supabase stack. With Docker: `supabase start`. Otherwise, when
// web/.env.local names a project, that project. Otherwise a local database-only stack (embedded
// Postgres with migrations and demo seed) and a clear message about what the full stack needs.
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

async function runDatabaseOnly(): Promise<void> {
  const server = await startLocalPostgres();
  const url = urlForRole(server.url, 'postgres', 'postgres');
  await prepareDatabase(server.url, { migrationUrl: url });
  console.log(`
Ni Docker ni projet Supabase (web/.env.local) : seule la base de données tourne.
  DATABASE_URL=${url}
  Comptes de démonstration (mot de passe Capitune-Demo-2026) : amina@demo.capitune.ca,
  lucas@demo.capitune.ca (candidats), sophie@ et karim@demo.capitune.ca (pros), claire@demo.capitune.ca (admin).
Pour la pile complète (Auth, Storage, Realtime, fonctions) : démarrez Docker puis relancez \`npm run dev\`,
ou copiez web/.env.example vers web/.env.local avec l'URL et la clé publique d'un projet Supabase.
Ctrl+C arrête et supprime cette base.`);
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

if (dockerIsRunning()) {
  console.log('Docker détecté : démarrage de la pile Supabase locale (supabase start).');
  spawn(supabaseCli, ['start'], { cwd: repoRoot, stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else if (configuredProject()) {
  console.log(`Projet Supabase configuré dans web/.env.local : ${configuredProject()}`);
  console.log("L'application web arrive avec le ticket Web I ; la base de ce projet se migre avec `npx supabase db push`.");
} else {
  await runDatabaseOnly();
}
