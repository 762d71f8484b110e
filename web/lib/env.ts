// Public values are inlined into the browser bundle at build time, so each one is read by its
// literal name (Next.js replaces `process.env.NEXT_PUBLIC_…` only when written out in full).
// Checked by hand rather than with zod: the signed-in layout reads them (avatar URLs) on every
// page, and zod's core would be in that first load for three strings.

export type PublicEnv = { supabaseUrl: string; supabasePublishableKey: string; siteUrl?: string };

type Parsed = { success: true; data: PublicEnv } | { success: false; problems: string[] };

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

let publicCache: Parsed | undefined;

function readPublic(): Parsed {
  if (publicCache) return publicCache;
  const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL?.trim();
  const supabasePublishableKey = process.env.NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY;
  const siteUrl = process.env.NEXT_PUBLIC_SITE_URL?.trim() || undefined;
  const problems = [
    ...(supabaseUrl !== undefined && isUrl(supabaseUrl) ? [] : ['NEXT_PUBLIC_SUPABASE_URL doit être une URL.']),
    ...(supabasePublishableKey === undefined ? ['NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY manque.']
      : supabasePublishableKey === '' ? ['NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY est vide.'] : []),
    ...(siteUrl === undefined || isUrl(siteUrl) ? [] : ['NEXT_PUBLIC_SITE_URL doit être une URL.']),
  ];
  publicCache = problems.length > 0
    ? { success: false, problems }
    : { success: true, data: { supabaseUrl: supabaseUrl!, supabasePublishableKey: supabasePublishableKey!, ...(siteUrl ? { siteUrl } : {}) } };
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
    throw new Error(`Supabase n'est pas configuré (copiez web/.env.example vers web/.env.local). ${parsed.problems.join(' ')}`);
  }
  return parsed.data;
}
