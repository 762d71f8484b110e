import type { RealtimeClient } from '@supabase/realtime-js';
import { publicEnv } from '@/lib/env';
import { loadSupabase, pageSettled } from './lazy';
import { freshAccessToken } from './session-token';

let client: Promise<RealtimeClient> | undefined;

/**
 * The page's Realtime connection on its own, a quarter of supabase-js' size, so the live features
 * (the bell, the chat) join without evaluating the whole client; loaded, like it, once the page
 * has settled. Realtime asks for the token at each join and heartbeat: the session cookie's while
 * it is fresh, then the full client's, which auth-js refreshes (and writes back to the cookies).
 */
export function loadRealtime(): Promise<RealtimeClient> {
  client ??= pageSettled().then(async () => {
    const { RealtimeClient } = await import('@supabase/realtime-js');
    const { supabaseUrl, supabasePublishableKey } = publicEnv();
    // As supabase-js builds it: <project>/realtime/v1 over ws(s).
    const url = new URL('realtime/v1', supabaseUrl.endsWith('/') ? supabaseUrl : `${supabaseUrl}/`);
    url.protocol = url.protocol.replace('http', 'ws');
    return new RealtimeClient(url.href, { params: { apikey: supabasePublishableKey }, accessToken: currentAccessToken });
  });
  return client;
}

async function currentAccessToken(): Promise<string | null> {
  const fromCookie = await freshAccessToken(document.cookie, publicEnv().supabaseUrl, Date.now());
  if (fromCookie) return fromCookie;
  const { data } = await (await loadSupabase()).auth.getSession();
  return data.session?.access_token ?? null;
}
