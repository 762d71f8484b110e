import * as z from 'zod/mini';
import type { Database } from '@/lib/database.types';

export type NotificationKind = Database['public']['Enums']['notification_kind'];

export const NOTIFICATION_KINDS = [
  'message_received', 'document_reviewed', 'dossier_status_changed',
  'event_registered', 'event_waitlisted', 'event_promoted', 'event_cancelled', 'event_reminder',
  'post_reply', 'post_liked', 'task_assigned', 'task_reminder', 'task_overdue', 'document_expiring',
] as const satisfies readonly NotificationKind[];

/**
 * What the database broadcasts on `user:<id>` (event `notification`, sent by realtime.send from
 * the notifications trigger). Only a hint: the app keeps the id and reads the notification back
 * under RLS, never the payload itself.
 */
export const notificationHintSchema = z.object({ id: z.guid() });

/** The id of the notification a broadcast announces, or null when it names none. */
export function parseNotificationHint(payload: unknown): string | null {
  const parsed = notificationHintSchema.safeParse(payload);
  return parsed.success ? parsed.data.id : null;
}
