import { MessageCircle } from 'lucide-react';
import type { ReactNode } from 'react';

// Counters have their own style, solid brand blue with white text, that no status pill uses
// (status-style.ts): a count is never read as a status.
const COUNTER = 'inline-flex items-center gap-1 rounded-full bg-brand-700 font-medium text-white';

/** "3 non lus" next to a dossier; nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className={`${COUNTER} px-2.5 py-0.5 text-sm`} data-test="dossier-unread">
      <MessageCircle aria-hidden="true" className="size-4" />
      {count} {count > 1 ? 'messages non lus' : 'message non lu'}
    </span>
  );
}

/** A counter's pill around any words (the home page's « 2 non lus »). */
export function UnreadCounter({ children }: { children: ReactNode }) {
  return <span className={`${COUNTER} px-2.5 py-0.5 text-sm`} data-test="unread-counter">{children}</span>;
}

/** The bare count on the Messages tab, named for screen readers. */
export function UnreadCount({ count }: { count: number }) {
  return (
    <span className={`${COUNTER} px-2 text-sm`} data-test="unread-badge">
      {count}{' '}<span className="sr-only">{count > 1 ? 'non lus' : 'non lu'}</span>
    </span>
  );
}
