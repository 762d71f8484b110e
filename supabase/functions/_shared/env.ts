// Environment read once per function and checked by zod; a missing secret fails loudly, naming it.
import { errors } from './errors.ts';
import { z } from './zod.ts';

const optional = z.string().trim().min(1).optional().catch(undefined);

/**
 * What every function may read: the variables Supabase injects (`supabase functions serve` and the
 * hosted runtime alike; none of them may be set by us, the CLI drops `SUPABASE_*` secrets) and our
 * shared settings. There is no JWT secret among them: user tokens are checked against the JWKS.
 */
export const baseEnv = z.object({
  SUPABASE_DB_URL: z.string().min(1),
  SUPABASE_URL: optional,
  // Legacy API keys: JWTs signed with the project's legacy secret.
  SUPABASE_ANON_KEY: optional,
  SUPABASE_SERVICE_ROLE_KEY: optional,
  // JSON maps of named API keys, e.g. {"default":"sb_secret_..."}.
  SUPABASE_PUBLISHABLE_KEYS: optional,
  SUPABASE_SECRET_KEYS: optional,
  // The keys that verify user tokens ({"keys":[...]}); under `functions serve` it also carries the
  // legacy HS256 secret as an `oct` key.
  SUPABASE_JWKS: optional,
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

const keyMap = z.record(z.string(), z.string().min(1));

/** The values of a `{"name": "key"}` map such as SUPABASE_SECRET_KEYS; none when absent or malformed. */
function namedKeys(name: string, value: string | undefined): string[] {
  if (!value) return [];
  try {
    return Object.values(keyMap.parse(JSON.parse(value)));
  } catch {
    console.error(`${name} is not a JSON object of strings; ignored.`);
    return [];
  }
}

/** Keys that grant service rights: every secret key, and the legacy service_role key. */
export function secretKeys(env: BaseEnv): string[] {
  const legacy = env.SUPABASE_SERVICE_ROLE_KEY ? [env.SUPABASE_SERVICE_ROLE_KEY] : [];
  return [...namedKeys('SUPABASE_SECRET_KEYS', env.SUPABASE_SECRET_KEYS), ...legacy];
}

/** Keys that only name the project (no service rights): publishable keys and the legacy anon key. */
export function publicKeys(env: BaseEnv): string[] {
  const legacy = env.SUPABASE_ANON_KEY ? [env.SUPABASE_ANON_KEY] : [];
  return [...namedKeys('SUPABASE_PUBLISHABLE_KEYS', env.SUPABASE_PUBLISHABLE_KEYS), ...legacy];
}

export type ServiceApi = { url: string; headers: Record<string, string> };

/**
 * Where and how to call Supabase's own APIs (Auth admin, Storage) with a secret key (the new one
 * first: legacy keys can be turned off); a configuration error, naming the function, when the
 * project URL or every key is missing.
 */
export function serviceApi(env: BaseEnv, functionName: string): ServiceApi {
  const [key] = secretKeys(env);
  if (!env.SUPABASE_URL || !key) {
    console.error(`${functionName} needs SUPABASE_URL and SUPABASE_SECRET_KEYS (or SUPABASE_SERVICE_ROLE_KEY).`);
    throw errors.configuration();
  }
  return {
    url: env.SUPABASE_URL,
    headers: { apikey: key, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
  };
}
