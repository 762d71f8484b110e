// The notification kinds (the enum in the notifications migration) and the payload each template
// reads: what private.notify() enqueued (the kind's data plus the notification's title, body and
// link) and the recipient's language, added by private.enqueue_email(). Times come written out by the
// database in the recipient's zone (starts_at_text, sent_at_text): the sender applies no zone rules.
import { z } from '../../_shared/zod.ts';
import type { EmailContent } from './layout.ts';
import type { Reader } from './reader.ts';

export const notificationKinds = [
  'message_received',
  'document_reviewed',
  'dossier_status_changed',
  'event_registered',
  'event_waitlisted',
  'event_promoted',
  'event_cancelled',
  'event_reminder',
  'post_reply',
  'post_liked',
  'task_assigned',
  'task_reminder',
  'task_overdue',
  'document_expiring',
  'account_suspended',
] as const;
export type NotificationKind = typeof notificationKinds[number];

const text = z.string().nullish().transform((value) => value?.trim() || undefined).catch(undefined);

export const payloadSchema = z.looseObject({
  title: text,
  body: text,
  link: text,
  dossier_title: text,
  sender_name: text,
  file_name: text,
  decision: text,
  reason: text,
  from: text,
  to: text,
  note: text,
  event_title: text,
  starts_at_text: text,
  lead: text,
  task_title: text,
  due_on: text,
  kind_label: text,
  expires_on: text,
  reopened: z.boolean().nullish().catch(undefined),
  // Chat emails (private.enqueue_chat_email): who wrote and when, never what.
  digest: z.boolean().nullish().catch(undefined),
  locale: text,
  messages: z.array(
    z.object({ sender_name: text, sent_at_text: text }).catch({ sender_name: undefined, sent_at_text: undefined }),
  )
    .nullish().catch(undefined),
});
export type Payload = z.infer<typeof payloadSchema>;

/** One template: the payload as the reader reads it. */
export type Template = (p: Payload, reader: Reader) => EmailContent;
export type TemplateSet = Record<NotificationKind, Template>;
