/**
 * The session cookie's name, given to every Supabase client (`cookieOptions.name`, which @supabase/ssr
 * passes on as auth-js' storage key) so that ./session-token.ts can read the token without auth-js.
 * The value is the one supabase-js would pick by default, so sessions made before keep working.
 */
export const sessionCookieName = (supabaseUrl: string) => `sb-${new URL(supabaseUrl).hostname.split('.')[0]}-auth-token`;
