'use client';

import { Inbox } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useDateLocale } from '@/components/ui/date-locale';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { StatusBadge } from '../dossier/status-badge';
import { UnreadBadge } from '../dossier/unread-badge';
import { NextStepLine } from '../next-step/next-step-line';
import { useMyNextSteps } from '../next-step/use-next-step';
import { dossierPath, routes } from '@/lib/routes';
import { INBOX_LIMIT } from './queries';
import { ALL_STATUSES, INBOX_FILTER_CHOICES, parseInboxFilter, type InboxFilter } from './schema';
import { useInbox } from './use-inbox';

/** Dossiers assigned to the pro, filtered by status, with their unread messages. */
export function ProInbox({ proId, initialFilter }: { proId: string; initialFilter: InboxFilter }) {
  const t = useTranslations('caseFile');
  const labels = useTranslations('labels');
  const locale = useDateLocale();
  const statusName = (status: InboxFilter) => (status === ALL_STATUSES ? t('inbox.allStatuses') : labels(`dossierStatus.${status}`));
  const options = INBOX_FILTER_CHOICES.map((value) => ({ value, label: statusName(value) }));
  const [filter, setFilter] = useState<InboxFilter>(initialFilter);
  const inbox = useInbox(proId, filter);
  // What to do on each dossier, in one line (public.my_next_steps, the home page's and the card's source).
  const stepOf = new Map((useMyNextSteps().data ?? []).map((step) => [step.dossier_id, step]));
  const choose = (value: string) => {
    const next = parseInboxFilter(value);
    setFilter(next);
    // The filter is part of the address (shareable, kept on reload), without a server round trip.
    window.history.replaceState(window.history.state, '', next === ALL_STATUSES ? routes.pro : `${routes.pro}?statut=${next}`);
  };
  const unreadTotal = inbox.data?.reduce((sum, item) => sum + item.unreadCount, 0) ?? 0;

  return (
    <div className="space-y-6" data-test="pro-inbox">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="w-full max-w-xs">
          <Select label={t('inbox.status')} options={options} value={filter} onChange={(event) => choose(event.target.value)} data-test="inbox-filter" />
        </div>
        {inbox.data ? (
          <p role="status" className="text-sm text-slate-700" data-test="inbox-count">
            {unreadTotal > 0 ? t('inbox.countUnread', { count: inbox.data.length, unread: unreadTotal }) : t('inbox.count', { count: inbox.data.length })}
          </p>
        ) : null}
      </div>
      {inbox.isPending ? (
        <div role="status" className="space-y-3"><span className="sr-only">{t('inbox.loading')}</span><Skeleton className="h-20" /><Skeleton className="h-20" /></div>
      ) : inbox.isError ? (
        <Alert tone="danger" title={t('inbox.loadError')}>{t('list.checkConnection')}</Alert>
      ) : inbox.data.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title={filter === ALL_STATUSES ? t('inbox.emptyTitle') : t('inbox.emptyStatusTitle', { status: statusName(filter) })}
          description={filter === ALL_STATUSES ? t('inbox.emptyText') : t('inbox.emptyStatusText')}
        />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-test="inbox-list" aria-busy={inbox.isPlaceholderData || undefined}>
          {inbox.data.map((item) => (
            <li key={item.id} data-test="inbox-item" data-dossier-id={item.id}>
              <Link href={dossierPath(item.id)} className="flex flex-col gap-2 p-4 text-slate-900 no-underline hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between">
                <span className="space-y-1">
                  <span className="block font-semibold">{t('inbox.item', { candidate: item.candidate?.full_name ?? t('inbox.candidate'), title: item.title })}</span>
                  <span className="block text-sm text-slate-600">{t('list.updated', { program: labels(`program.${item.program_type}`), date: formatDate(item.updated_at, undefined, locale) })}</span>
                  {stepOf.has(item.id) ? <NextStepLine step={stepOf.get(item.id)!} viewerIsCandidate={false} /> : null}
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <UnreadBadge count={item.unreadCount} />
                  <StatusBadge status={item.status} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {inbox.data && inbox.data.length === INBOX_LIMIT ? (
        <p className="text-sm text-slate-600">{t('inbox.limit', { limit: INBOX_LIMIT })}</p>
      ) : null}
    </div>
  );
}
