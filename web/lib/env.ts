import * as z from 'zod/mini';

// Public values are inlined into the browser bundle at build time, so each one is read by its
// literal name (Next.js replaces `process.env.NEXT_PUBLIC_…` only when written out in full).
const publicSchema = z.object({
  supabaseUrl: z.url('NEXT_PUBLIC_SUPABASE_URL doit être une URL.'),
  supabasePublishableKey: z.string('NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY manque.').check(z.minLength(1, 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY est vide.')),
  siteUrl: z.optional(z.url('NEXT_PUBLIC_SITE_URL doit être une URL.')),
});

export type PublicEnv = z.infer<typeof publicSchema>;

let publicCache: ReturnType<typeof publicSchema.safeParse> | undefined;

function readPublic() {
  publicCache ??= publicSchema.safeParse({
    supabaseUrl: process.env.NEXT_PUBLIC_SUPABASE_URL,
    supabasePublishableKey: process.env.NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY,
    siteUrl: process.env.NEXT_PUBLIC_SITE_URL || undefined,
  });
  return publicCache;
}

/** True when the Supabase project is configured (web/.env.local or the host's environment). */
export function isSupabaseConfigured(): boolean {
  return readPublic().success;
}

/** The public configuration, parsed once; throws a clear message when it is missing. */
export function publicEnv(): PublicEnv {
  const parsed = readPublic();
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => issue.message).join(' ');
    throw new Error(`Supabase n'est pas configuré (copiez web/.env.example vers web/.env.local). ${detail}`);
  }
  return parsed.data;
}
