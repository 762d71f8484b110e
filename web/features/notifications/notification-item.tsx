'use client';

import { Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { RelativeTime } from '@/components/ui/local-time';
import { attachPunctuation } from '@contract/attached-punctuation';
import { safeNextPath } from '@/lib/redirect';
import { KindIcon } from './kind-icon';
import type { AppNotification } from './queries';

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** The dossier to name under the title, if any: a status change already names it in its title. */
const dossierNamed = ({ title, dossier_title }: AppNotification) => (dossier_title && !title.includes(dossier_title) ? dossier_title : null);

type NotificationItemProps = {
  notification: AppNotification;
  onMarkRead: () => void;
  marking: boolean;
  onDelete: () => void;
  deleting: boolean;
};

/** One notification: what happened, when, a link to what it is about (marks it read); mark it read or delete it. */
export function NotificationItem({ notification, onMarkRead, marking, onDelete, deleting }: NotificationItemProps) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const unread = !notification.read_at;
  const dossier = dossierNamed(notification);
  // Links are app paths written by the database; anything else is not made clickable.
  const href = safeNextPath(notification.link, '') || null;
  return (
    <article
      aria-label={unread ? t('unreadLabel', { title: notification.title }) : notification.title}
      data-test="notification"
      data-notification-id={notification.id}
      data-unread={unread || undefined}
      className={cn('flex flex-wrap gap-3 rounded-lg border p-4', unread ? 'border-brand-200 bg-brand-50' : 'border-slate-200 bg-white')}
    >
      <KindIcon kind={notification.kind} />
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          {unread ? <Badge tone="info">{t('unread')}</Badge> : null}
          <h2 className={cn('text-base text-slate-900', unread ? 'font-semibold' : 'font-medium')}>
            {href ? (
              <Link href={href} prefetch={false} data-test="notification-link" className="text-slate-900"
                onClick={(event) => {
                  if (!unread) return;
                  event.preventDefault();
                  onMarkRead();
                  router.push(href);
                }}>
                {attachPunctuation(notification.title)}
              </Link>
            ) : attachPunctuation(notification.title)}
          </h2>
        </div>
        {dossier ? <p className="text-sm text-slate-700" data-test="notification-dossier">{t('aboutDossier', { title: dossier })}</p> : null}
        {notification.body ? <p className="whitespace-pre-line break-words text-sm text-slate-700">{attachPunctuation(notification.body)}</p> : null}
        <p className="text-sm text-slate-600"><RelativeTime iso={notification.created_at} /></p>
      </div>
      <div className="ml-auto flex flex-wrap gap-1 self-start">
        {unread ? (
          <Button variant="ghost" size="sm" loading={marking} onClick={onMarkRead} data-test="notification-mark-read">
            {t.rich('markRead', { title: notification.title, sr })}
          </Button>
        ) : null}
        <Button variant="ghost" size="sm" loading={deleting} onClick={onDelete} data-test="notification-delete">
          <Trash2 aria-hidden="true" className="size-4" />{t.rich('delete', { title: notification.title, sr })}
        </Button>
      </div>
    </article>
  );
}
