// TypeScript types for the web, made exactly as `supabase gen types typescript --local|--db-url` makes them,
// but in-process: the CLI runs postgres-meta's Docker image in PG_META_GENERATE_TYPES mode, which calls
// the same three steps as below (node_modules/@supabase/postgres-meta/dist/server/server.js, getTypeOutput).
import { PostgresMeta } from '@supabase/postgres-meta';
import { getGeneratorMetadata } from '@supabase/postgres-meta/dist/lib/generators.js';
import { generateTypescript } from '@supabase/postgrest-typegen';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './prepare-database.ts';

// What the CLI passes to the container (supabase 2.117.0): schemas `public` + config.toml `[api] schemas`,
// one-to-one detection unless --postgrest-v9-compat, no PostgREST version, default schema `public`.
const DETECT_ONE_TO_ONE_RELATIONSHIPS = true;
const QUERY_TIMEOUT_MS = 15_000; // the CLI's default --query-timeout

/** The committed artifact: written by `npm run db:types`, checked by tests/database/types-are-fresh.test.ts. */
export const typesFile = path.join(repoRoot, 'web', 'lib', 'database.types.ts');

/** Generates `web/lib/database.types.ts` text from the database at `url` (connect as `postgres`, as the CLI does). */
export async function generateTypes(url: string): Promise<string> {
  const includedSchemas = [...new Set(['public', ...(await apiSchemas())])];
  // postgres-meta's DEFAULT_POOL_CONFIG (one connection), with the timeouts the CLI sets.
  const pgMeta = new PostgresMeta({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: QUERY_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
  });
  // Introspects, sorts canonically, and ends the pool (also on error).
  const { data: metadata, error } = await getGeneratorMetadata(pgMeta, { includedSchemas });
  if (error) throw new Error(`postgres-meta introspection failed: ${error.message}`);
  const types = await generateTypescript(metadata, {
    detectOneToOneRelationships: DETECT_ONE_TO_ONE_RELATIONSHIPS,
    defaultSchema: 'public',
  });
  // The container prints the result with console.log, and the CLI passes stdout through unchanged.
  return `${types}\n`;
}

/** `[api] schemas` of supabase/config.toml (a flat array of strings), as the CLI reads it. */
async function apiSchemas(): Promise<string[]> {
  const config = await readFile(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
  const api = config.split(/^(?=\[)/m).find((table) => table.startsWith('[api]')) ?? '';
  const list = /^schemas\s*=\s*(\[[^\]]*\])/m.exec(api)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}
