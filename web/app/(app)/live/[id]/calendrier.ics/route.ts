import { buildEventCalendar, calendarFileName, fetchEvent, fetchJoinLink, startInZone } from '@/features/live';
import { fetchTimeZone } from '@/features/profile';
import { requireViewer } from '@/lib/auth/viewer';
import { liveEventPath } from '@/lib/routes';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/uuid';

/**
 * The event as an .ics file, read as the viewer (RLS); the join link only for a registered viewer.
 * Times are UTC (calendars show them in the device's zone); the description names the start in the
 * member's own zone (accounts.time_zone).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (!isUuid(id)) return new Response('Événement introuvable.', { status: 404 });
  const supabase = await createSupabaseServerClient();
  const event = await fetchEvent(supabase, id);
  if (!event) return new Response('Événement introuvable.', { status: 404 });
  const [joinUrl, timeZone] = await Promise.all([fetchJoinLink(supabase, id), fetchTimeZone(supabase, viewer.id)]);

  const origin = process.env.NEXT_PUBLIC_SITE_URL || new URL(request.url).origin;
  const pageUrl = new URL(liveEventPath(id), origin).toString();
  const description = [`Début : ${startInZone(event.starts_at, timeZone)}`, event.description, joinUrl ? `Lien de connexion : ${joinUrl}` : '', `Détails : ${pageUrl}`]
    .filter(Boolean).join('\n\n');
  const body = buildEventCalendar({
    id: event.id,
    title: event.title,
    description,
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    url: pageUrl,
    location: joinUrl ?? 'En ligne (CAPITUNE Live)',
    cancelled: event.status === 'cancelled',
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${calendarFileName(event.starts_at)}"`,
      'cache-control': 'private, no-store',
    },
  });
}
