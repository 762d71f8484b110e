// The environment a Supabase runtime gives an edge function, and the check that refuses any other.
//
// `supabase functions serve`, CLI 2.117.0 as pinned in package.json (read from the main service it
// ships, the TypeScript port of supabase/cli apps/cli-go/internal/functions/serve/templates/main.ts;
// serve.go ServeFunctions in the Go source): the container gets SUPABASE_URL=http://kong:8000,
// SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY, SUPABASE_DB_URL, SUPABASE_JWKS and SUPABASE_INTERNAL_*;
// each worker gets that minus HOME, HOSTNAME, PATH, PWD and SUPABASE_INTERNAL_*, plus
// SUPABASE_PUBLISHABLE_KEYS and SUPABASE_SECRET_KEYS ({"default": key}) and SUPABASE_FUNCTION_SLUG.
// SUPABASE_JWKS holds the signing keys' public JWKs, then the legacy secret as an `oct` key
// (pkg/config/config.go ResolveJWKS). User secrets named SUPABASE_* never get through: the CLI
// drops them from env files and `secrets set` (internal/secrets/set/set.go ListSecrets).
//
// Hosted (docs guides/functions/secrets): SUPABASE_URL, SUPABASE_DB_URL, SUPABASE_ANON_KEY,
// SUPABASE_SERVICE_ROLE_KEY, SUPABASE_PUBLISHABLE_KEYS, SUPABASE_SECRET_KEYS, SUPABASE_JWKS ("same
// value served at /auth/v1/.well-known/jwks.json", which never lists an `oct` key: supabase/auth
// internal/api/jwks.go), and SB_REGION, SB_EXECUTION_ID, DENO_DEPLOYMENT_ID.
import { randomUUID } from 'node:crypto';
import { legacySecretJwk, signingJwk, testProject } from './tokens.ts';

export type Runtime = 'serve' | 'hosted';

const sharedNames = ['SUPABASE_URL', 'SUPABASE_ANON_KEY', 'SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_DB_URL',
  'SUPABASE_JWKS', 'SUPABASE_PUBLISHABLE_KEYS', 'SUPABASE_SECRET_KEYS'];

/** Every SUPABASE_* name each runtime injects; a function sees no other. */
export const injectedNames: Record<Runtime, string[]> = {
  serve: [...sharedNames, 'SUPABASE_FUNCTION_SLUG'],
  hosted: sharedNames,
};

export const TEST_SITE_URL = 'http://localhost:3000';

export type PlatformOptions = {
  databaseUrl: string;
  /** Where the project's APIs answer (a stand-in); `functions serve` says http://kong:8000. */
  supabaseUrl?: string;
  runtime?: Runtime;
  /** Our own secrets (env file, `secrets set`); SITE_URL is the web app's by default. */
  secrets?: Record<string, string>;
};

/** What `runtime` gives function `slug` of the test project. */
export function platformEnv(slug: string, options: PlatformOptions): Record<string, string> {
  const runtime = options.runtime ?? 'serve';
  const injected: Record<string, string> = {
    SUPABASE_URL: options.supabaseUrl ?? 'http://kong:8000',
    SUPABASE_ANON_KEY: testProject.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: testProject.serviceRoleKey,
    SUPABASE_DB_URL: options.databaseUrl,
    SUPABASE_JWKS: JSON.stringify({ keys: runtime === 'serve' ? [signingJwk, legacySecretJwk] : [signingJwk] }),
    SUPABASE_PUBLISHABLE_KEYS: JSON.stringify({ default: testProject.publishableKey }),
    SUPABASE_SECRET_KEYS: JSON.stringify({ default: testProject.secretKey }),
  };
  const runtimeOwn: Record<string, string> = runtime === 'serve'
    ? { SUPABASE_FUNCTION_SLUG: slug }
    : { SB_REGION: 'ca-central-1', SB_EXECUTION_ID: randomUUID(), DENO_DEPLOYMENT_ID: `capitunetesting_${slug}_1` };
  return { SITE_URL: TEST_SITE_URL, ...options.secrets, ...injected, ...runtimeOwn };
}

/** Throws, naming each problem, unless `env` is an environment `runtime` could give function `slug`. */
export function assertPlatformEnv(slug: string, env: Record<string, string>, runtime: Runtime): void {
  const expected = injectedNames[runtime];
  const problems = [
    ...Object.keys(env).filter((name) => name.startsWith('SUPABASE_') && !expected.includes(name))
      .map((name) => `${name} is given, but no Supabase runtime gives a function this variable`),
    ...expected.filter((name) => env[name] === undefined)
      .map((name) => `${name} is missing, but ${runtime === 'serve' ? '`functions serve`' : 'the hosted runtime'} always gives it`),
    ...shapeProblems(slug, env, runtime),
  ];
  if (problems.length > 0) throw new Error(`Not an environment Supabase gives ${slug}:\n- ${problems.join('\n- ')}`);
}

function shapeProblems(slug: string, env: Record<string, string>, runtime: Runtime): string[] {
  const problems: string[] = [];
  const json = (name: string): unknown => {
    try {
      return env[name] === undefined ? undefined : JSON.parse(env[name]);
    } catch {
      problems.push(`${name} is not JSON`);
    }
  };
  const jwks = json('SUPABASE_JWKS') as { keys?: { kty?: string }[] } | undefined;
  if (jwks !== undefined && !Array.isArray(jwks?.keys)) problems.push('SUPABASE_JWKS is not {"keys":[...]}');
  if (runtime === 'hosted' && jwks?.keys?.some((key) => key.kty === 'oct')) {
    problems.push('SUPABASE_JWKS carries an `oct` key, which a published JWKS never does');
  }
  for (const name of ['SUPABASE_PUBLISHABLE_KEYS', 'SUPABASE_SECRET_KEYS']) {
    const map = json(name) as { default?: unknown } | undefined;
    if (env[name] !== undefined && typeof map?.default !== 'string') problems.push(`${name} has no "default" key`);
  }
  if (runtime === 'serve' && env.SUPABASE_FUNCTION_SLUG !== undefined && env.SUPABASE_FUNCTION_SLUG !== slug) {
    problems.push(`SUPABASE_FUNCTION_SLUG is ${env.SUPABASE_FUNCTION_SLUG}, not ${slug}`);
  }
  return problems;
}
