import { MessageCircle } from 'lucide-react';

/** "3 non lus" next to a dossier; nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-brand-700 px-2.5 py-0.5 text-sm font-medium text-white" data-test="dossier-unread">
      <MessageCircle aria-hidden="true" className="size-4" />
      {count} {count > 1 ? 'messages non lus' : 'message non lu'}
    </span>
  );
}
