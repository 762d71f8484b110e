import type { Database } from '@/lib/database.types';
import { isUuid } from '@/lib/uuid';

export type NotificationKind = Database['public']['Enums']['notification_kind'];

export const NOTIFICATION_KINDS = [
  'message_received', 'document_reviewed', 'dossier_status_changed',
  'event_registered', 'event_waitlisted', 'event_promoted', 'event_cancelled', 'event_reminder',
  'post_reply', 'post_liked', 'task_assigned', 'task_reminder', 'task_overdue', 'document_expiring',
  'account_suspended',
] as const satisfies readonly NotificationKind[];

/**
 * What the database broadcasts on `user:<id>` (event `notification`, sent by realtime.send from
 * the notifications trigger). Only a hint: the app keeps the id and reads the notification back
 * under RLS, never the payload itself. Checked by hand: the bell listens on every signed-in page,
 * and zod's core would be in that first load for one field.
 */
export function parseNotificationHint(payload: unknown): string | null {
  const id = typeof payload === 'object' && payload !== null ? (payload as { id?: unknown }).id : undefined;
  return isUuid(id) ? id : null;
}
