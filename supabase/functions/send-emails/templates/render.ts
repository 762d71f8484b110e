// An outbox row's template and payload → the email's subject, text and HTML, in the recipient's
// language (French or English) with every time in their zone.
import { english } from './english.ts';
import { french } from './french.ts';
import { type NotificationKind, notificationKinds, payloadSchema } from './kinds.ts';
import { type RenderContext, type RenderedEmail, renderLayout } from './layout.ts';
import { readerOf } from './reader.ts';

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

/** Renders `template` with `payload`; throws for a kind this sender does not know. */
export function renderEmail(template: string, payload: unknown, context: RenderContext): RenderedEmail {
  if (!isNotificationKind(template)) throw new Error(`Unknown email template: ${template}`);
  const data = payloadSchema.parse(payload ?? {});
  const reader = readerOf(data);
  const templates = reader.language === 'en' ? english : french;
  return renderLayout(templates[template](data, reader), context, reader.language);
}
