import { buildEventCalendar, calendarFileName, fetchEvent, fetchJoinLink } from '@/features/live';
import { requireViewer } from '@/lib/auth/viewer';
import { liveEventPath } from '@/lib/routes';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/uuid';

/** The event as an .ics file, read as the viewer (RLS); the join link only for a registered viewer. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  const { id } = await params;
  if (!isUuid(id)) return new Response('Événement introuvable.', { status: 404 });
  const supabase = await createSupabaseServerClient();
  const event = await fetchEvent(supabase, id);
  if (!event) return new Response('Événement introuvable.', { status: 404 });
  const joinUrl = await fetchJoinLink(supabase, id);

  const origin = process.env.NEXT_PUBLIC_SITE_URL || new URL(request.url).origin;
  const pageUrl = new URL(liveEventPath(id), origin).toString();
  const description = [event.description, joinUrl ? `Lien de connexion : ${joinUrl}` : '', `Détails : ${pageUrl}`]
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
