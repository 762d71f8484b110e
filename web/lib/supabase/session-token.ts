import { combineChunks, parse, stringFromBase64URL } from '@supabase/ssr';
import { sessionCookieName } from './session-cookie';


const BASE64_PREFIX = 'base64-';
// Past this, leave the token to auth-js, which refreshes it (its own margin is 90 s).
const FRESH_FOR_S = 120;

/**
 * The access token of the session @supabase/ssr keeps in cookies (chunked, base64url), while it
 * has more than two minutes to live; null otherwise. Read without auth-js: Realtime needs only the
 * token, and the proxy refreshed the session before the page was served.
 */
export async function freshAccessToken(cookieHeader: string, supabaseUrl: string, nowMs: number): Promise<string | null> {
  const cookies = parse(cookieHeader);
  const stored = await combineChunks(sessionCookieName(supabaseUrl), (name) => cookies[name]);
  if (!stored) return null;
  try {
    const json = stored.startsWith(BASE64_PREFIX) ? stringFromBase64URL(stored.slice(BASE64_PREFIX.length)) : stored;
    const session = JSON.parse(json) as { access_token?: unknown; expires_at?: unknown };
    if (typeof session.access_token !== 'string' || typeof session.expires_at !== 'number') return null;
    return session.expires_at * 1000 - nowMs > FRESH_FOR_S * 1000 ? session.access_token : null;
  } catch {
    return null;
  }
}
