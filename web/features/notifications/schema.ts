import * as z from 'zod/mini';
import type { Database } from '@/lib/database.types';

export type NotificationKind = Database['public']['Enums']['notification_kind'];

export const NOTIFICATION_KINDS = [
  'message_received', 'document_reviewed', 'dossier_status_changed',
  'event_registered', 'event_waitlisted', 'event_promoted', 'event_cancelled', 'event_reminder',
  'post_reply', 'post_liked',
] as const satisfies readonly NotificationKind[];

/**
 * What the database broadcasts on `user:<id>` (event `notification`, sent by realtime.send from
 * the notifications trigger). Checked before use: it arrives from the network.
 */
export const notificationPayloadSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.catch(z.string(), ''),
  link: z.catch(z.nullable(z.string()), null),
  created_at: z.string(),
  /** The unread notification this one takes the place of, if any. */
  replaces: z.catch(z.nullable(z.string()), null),
});

export type NotificationPayload = z.infer<typeof notificationPayloadSchema>;

/** The notification, or null for a payload this version of the app does not recognise. */
export function parseNotificationPayload(payload: unknown): NotificationPayload | null {
  const parsed = notificationPayloadSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
