// Environment read once per function and checked by zod; a missing secret fails loudly, naming it.
import { errors } from './errors.ts';
import { z } from './zod.ts';

const optional = z.string().trim().min(1).optional().catch(undefined);

/** What every function may read: Supabase's injected variables and our shared settings. */
export const baseEnv = z.object({
  SUPABASE_DB_URL: z.string().min(1),
  SUPABASE_URL: optional,
  SUPABASE_JWT_SECRET: optional,
  // JSON Web Key Set of the project's asymmetric signing keys (newer projects; injected by Supabase).
  SUPABASE_JWKS: optional,
  SUPABASE_SERVICE_ROLE_KEY: optional,
  // JSON map of named secret keys, e.g. {"default":"sb_secret_..."} (newer projects).
  SUPABASE_SECRET_KEYS: optional,
  SITE_URL: z.url().default('http://localhost:3000'),
  // Comma-separated web origins allowed by CORS; defaults to SITE_URL's origin.
  ALLOWED_ORIGINS: optional,
});
export type BaseEnv = z.infer<typeof baseEnv>;

const cache = new Map<z.ZodType, unknown>();

/** Parses Deno.env with `schema` once; later calls return the same object. */
export function readEnv<S extends z.ZodType>(schema: S): z.infer<S> {
  if (cache.has(schema)) return cache.get(schema) as z.infer<S>;
  const parsed = schema.safeParse(Deno.env.toObject());
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
    console.error(`Invalid or missing environment variables: ${names.join(', ')}`);
    throw errors.configuration();
  }
  cache.set(schema, parsed.data);
  return parsed.data;
}

/** Service-role keys this project accepts: the legacy JWT key and any named secret key. */
export function secretKeys(env: BaseEnv): string[] {
  const keys = env.SUPABASE_SERVICE_ROLE_KEY ? [env.SUPABASE_SERVICE_ROLE_KEY] : [];
  if (!env.SUPABASE_SECRET_KEYS) return keys;
  try {
    const map = z.record(z.string(), z.string().min(1)).parse(JSON.parse(env.SUPABASE_SECRET_KEYS));
    return [...keys, ...Object.values(map)];
  } catch {
    console.error('SUPABASE_SECRET_KEYS is not a JSON object of strings; ignored.');
    return keys;
  }
}

export type ServiceApi = { url: string; headers: Record<string, string> };

/**
 * Where and how to call Supabase's own APIs (Auth admin, Storage) with the service key; a
 * configuration error, naming the function, when the project URL or every key is missing.
 */
export function serviceApi(env: BaseEnv, functionName: string): ServiceApi {
  const [key] = secretKeys(env);
  if (!env.SUPABASE_URL || !key) {
    console.error(`${functionName} needs SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY (or SUPABASE_SECRET_KEYS).`);
    throw errors.configuration();
  }
  return { url: env.SUPABASE_URL, headers: { apikey: key, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' } };
}
