import { CalendarCheck, CalendarClock, CalendarX, FileCheck, FolderOpen, Heart, MessageSquare, MessagesSquare, type LucideIcon } from 'lucide-react';
import type { NotificationKind } from './schema';

const ICONS: Record<NotificationKind, LucideIcon> = {
  message_received: MessageSquare,
  document_reviewed: FileCheck,
  dossier_status_changed: FolderOpen,
  event_registered: CalendarCheck,
  event_waitlisted: CalendarClock,
  event_promoted: CalendarCheck,
  event_cancelled: CalendarX,
  event_reminder: CalendarClock,
  post_reply: MessagesSquare,
  post_liked: Heart,
};

/** Decorative: the title says what happened. */
export function KindIcon({ kind }: { kind: NotificationKind }) {
  const Icon = ICONS[kind];
  return <Icon aria-hidden="true" className="size-5 shrink-0 text-brand-700" />;
}
