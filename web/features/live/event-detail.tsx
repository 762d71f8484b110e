'use client';

import { ArrowLeft, CalendarX } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTimeRange } from '@/components/ui/local-time';
import { Skeleton } from '@/components/ui/skeleton';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { routes } from '@/lib/routes';
import { PhaseBadge } from './event-badges';
import { RegistrationPanel } from './registration-panel';
import { eventPhase, seats, seatsLabel } from './seats';
import { useEvent } from './use-live';

/** An event's page: when (viewer's zone), seats left, what it is about, and the viewer's registration. */
export function EventDetail({ eventId }: { eventId: string }) {
  const { describe } = useErrorText();
  const t = useTranslations('live');
  const seatsText = useTranslations('live.seats');
  const event = useEvent(eventId);
  const back = (
    <Link href={routes.live} className="mb-4 inline-flex min-h-9 items-center gap-2 text-sm">
      <ArrowLeft aria-hidden="true" className="size-4" />{t('allLive')}
    </Link>
  );
  if (event.isPending) return <div role="status"><span className="sr-only">{t('loading')}</span><Skeleton className="h-48" /></div>;
  if (event.isError) return <>{back}<Alert tone="danger" title={t('unavailable')}>{describe(event.error)}</Alert></>;
  if (!event.data) {
    return <>{back}<EmptyState icon={CalendarX} title={t('gone')} action={<ButtonLink href={routes.live}>{t('seeLive')}</ButtonLink>} /></>;
  }
  const data = event.data;
  const phase = eventPhase(data);
  return (
    <div className="max-w-3xl" data-test="event-detail">
      {back}
      <PageHeader title={data.title} titleTestId="event-title" actions={<PhaseBadge phase={phase} />} />
      {phase === 'cancelled' ? (
        <Alert tone="danger" title={t('cancelledTitle')} className="mb-6">{data.cancellation_reason ?? t('cancelledDefault')}</Alert>
      ) : null}
      <dl className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-slate-600">{t('when')}</dt>
          <dd className="mt-1 text-slate-900" data-test="event-when"><LocalTimeRange start={data.starts_at} end={data.ends_at} /></dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">{t('seatsTitle')}</dt>
          <dd className="mt-1 text-slate-900" data-test="event-seats">{phase === 'ended' ? t('ended') : seatsLabel(seats(data), seatsText)}</dd>
        </div>
      </dl>
      {data.description ? (
        <section aria-labelledby="description-titre" className="mb-6">
          <h2 id="description-titre" className="mb-2 text-lg font-semibold">{t('programme')}</h2>
          <p className="whitespace-pre-line break-words text-slate-800">{data.description}</p>
        </section>
      ) : null}
      <RegistrationPanel event={data} />
    </div>
  );
}
