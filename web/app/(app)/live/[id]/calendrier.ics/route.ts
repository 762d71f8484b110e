import { getTranslations } from 'next-intl/server';
import { buildEventCalendar, calendarFileName, fetchEvent, fetchJoinLink, fetchMyLocalTime } from '@/features/live';
import { requireViewer } from '@/lib/auth/viewer';
import { liveEventPath } from '@/lib/routes';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/uuid';

/**
 * The event as an .ics file, read as the viewer (RLS); the join link only for a registered viewer.
 * Times are UTC (calendars show them in the device's zone); the description gives the start in the
 * member's zone and language as the database writes it for their notification and email, so this
 * server's ICU tzdata never decides a wall time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  const { id } = await params;
  if (!isUuid(id)) return new Response('Événement introuvable.', { status: 404 });
  const supabase = await createSupabaseServerClient();
  const event = await fetchEvent(supabase, id);
  if (!event) return new Response('Événement introuvable.', { status: 404 });
  const [joinUrl, start, t] = await Promise.all([
    fetchJoinLink(supabase, id), fetchMyLocalTime(supabase, event.starts_at), getTranslations('live.calendarFile'),
  ]);

  const origin = process.env.NEXT_PUBLIC_SITE_URL || new URL(request.url).origin;
  const pageUrl = new URL(liveEventPath(id), origin).toString();
  const description = [t('start', { start }), event.description, joinUrl ? t('joinLink', { url: joinUrl }) : '', t('details', { url: pageUrl })]
    .filter(Boolean).join('\n\n');
  const body = buildEventCalendar({
    id: event.id,
    title: event.title,
    description,
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    url: pageUrl,
    location: joinUrl ?? t('online'),
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
