// An outbox row's template and payload → the email's subject, text and HTML, in the recipient's
// language (French or English) with every time in their zone.
import { attachPunctuation } from '../../_shared/contract/attached-punctuation.ts';
import { english } from './english.ts';
import { french } from './french.ts';
import { type NotificationKind, notificationKinds, payloadSchema } from './kinds.ts';
import { type EmailContent, type RenderContext, type RenderedEmail, renderLayout } from './layout.ts';
import { readerOf } from './reader.ts';

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

/** Renders `template` with `payload`; throws for a kind this sender does not know. */
export function renderEmail(template: string, payload: unknown, context: RenderContext): RenderedEmail {
  if (!isNotificationKind(template)) throw new Error(`Unknown email template: ${template}`);
  const data = payloadSchema.parse(payload ?? {});
  const reader = readerOf(data);
  if (reader.language === 'en') return renderLayout(english[template](data, reader), context, 'en');
  return renderLayout(attached(french[template](data, reader)), context, 'fr');
}

/** French keeps ? ! : ; » with the word before and « with the word after, whoever wrote the text. */
function attached({ subject, heading, paragraphs, quote, action }: EmailContent): EmailContent {
  return {
    subject: attachPunctuation(subject),
    heading: attachPunctuation(heading),
    paragraphs: paragraphs.map(attachPunctuation),
    quote: quote && { label: attachPunctuation(quote.label), text: attachPunctuation(quote.text) },
    action: { ...action, label: attachPunctuation(action.label) },
  };
}
