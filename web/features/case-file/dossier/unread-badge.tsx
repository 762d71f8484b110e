import { MessageCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

// Counters have their own style, solid brand blue with white text, that no status pill uses
// (status-style.ts): a count is never read as a status.
const COUNTER = 'inline-flex items-center gap-1 rounded-full bg-brand-700 font-medium text-white';

/** « 3 messages non lus » next to a dossier; nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  const t = useTranslations('caseFile.list');
  if (count === 0) return null;
  return (
    <span className={`${COUNTER} px-2.5 py-0.5 text-sm`} data-test="dossier-unread">
      <MessageCircle aria-hidden="true" className="size-4" />
      {t('unread', { count })}
    </span>
  );
}

/** A counter's pill around any words (the home page's « 2 non lus »). */
export function UnreadCounter({ children }: { children: ReactNode }) {
  return <span className={`${COUNTER} px-2.5 py-0.5 text-sm`} data-test="unread-counter">{children}</span>;
}

/** The bare count on the Messages tab, named for screen readers. */
export function UnreadCount({ count }: { count: number }) {
  const t = useTranslations('caseFile.list');
  return (
    <span className={`${COUNTER} px-2 text-sm`} data-test="unread-badge">
      {t.rich('unreadCount', { count, hidden: (words) => <span className="sr-only">{words}</span> })}
    </span>
  );
}
