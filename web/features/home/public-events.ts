import 'server-only';
import * as z from 'zod/mini';
import { isSupabaseConfigured, publicEnv } from '@/lib/env';

// The public home reads upcoming events with one plain request to PostgREST as `anon` (the
// publishable key only, no session): no Supabase client, no cookies, nothing sent to the browser
// but HTML. RLS lets anon read events that are not cancelled; only public columns are asked for.

const PUBLIC_EVENT_COLUMNS = 'id,title,description,starts_at,ends_at,capacity,registered_count';

const publicEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  capacity: z.nullable(z.number()),
  registered_count: z.number(),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;

export const HOME_EVENTS = 3;

/** The next scheduled events, soonest first; null when they could not be read (the page still renders). */
export async function fetchPublicUpcomingEvents(now = new Date()): Promise<PublicEvent[] | null> {
  if (!isSupabaseConfigured()) return null;
  const { supabaseUrl, supabasePublishableKey } = publicEnv();
  const url = new URL(`${supabaseUrl.replace(/\/$/, '')}/rest/v1/events`);
  url.searchParams.set('select', PUBLIC_EVENT_COLUMNS);
  url.searchParams.set('status', 'eq.scheduled');
  url.searchParams.set('starts_at', `gt.${now.toISOString()}`);
  url.searchParams.set('order', 'starts_at.asc');
  url.searchParams.set('limit', String(HOME_EVENTS));
  try {
    const response = await fetch(url, {
      headers: { apikey: supabasePublishableKey, accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) throw new Error(`PostgREST ${response.status}`);
    return z.array(publicEventSchema).parse(await response.json());
  } catch (error) {
    console.error('Accueil public : lecture des prochains Live impossible.', error);
    return null;
  }
}
