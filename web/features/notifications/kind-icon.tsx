import {
  CalendarCheck, CalendarClock, CalendarX, FileCheck, FileClock, FolderOpen, Heart, ListTodo, MessageSquare, MessagesSquare,
  TriangleAlert, UserX, type LucideIcon,
} from 'lucide-react';
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
  task_assigned: ListTodo,
  task_reminder: ListTodo,
  task_overdue: TriangleAlert,
  document_expiring: FileClock,
  account_suspended: UserX,
};

/** Decorative: the title says what happened. */
export function KindIcon({ kind }: { kind: NotificationKind }) {
  const Icon = ICONS[kind];
  return <Icon aria-hidden="true" className="size-5 shrink-0 text-brand-700" />;
}
