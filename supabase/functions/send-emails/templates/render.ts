// An outbox row's template and payload → the email's French subject, text and HTML.
import { type RenderContext, type RenderedEmail, renderLayout } from './layout.ts';
import { type NotificationKind, notificationKinds, payloadSchema, templates } from './kinds.ts';

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

/** Renders `template` with `payload`; throws for a kind this sender does not know. */
export function renderEmail(template: string, payload: unknown, context: RenderContext): RenderedEmail {
  if (!isNotificationKind(template)) throw new Error(`Unknown email template: ${template}`);
  const data = payloadSchema.parse(payload ?? {});
  return renderLayout(templates[template](data), context);
}
