// The frame every email shares: greeting, content, one call to action, footer. Everything that
// comes from users is escaped for HTML; links always point into the web app at SITE_URL.
import { emailPreferencesPath } from '../../_shared/contract/routes.ts';

export type EmailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** User-written text shown as a quotation (message excerpt, rejection reason, note). */
  quote?: { label: string; text: string };
  action: { label: string; path: string | undefined };
};

export type RenderedEmail = { subject: string; text: string; html: string };

/** `unsubscribeUrl`: the signed link that turns this email's kind off without signing in. */
export type RenderContext = { siteUrl: string; recipientName?: string | null; unsubscribeUrl?: string };

/** The frame's own words in each language the emails are written in. */
const frameWords = {
  fr: {
    hello: 'Bonjour',
    colon: '\u202f:',
    footer: 'Vous recevez ce courriel car les notifications par courriel sont activées sur votre compte CAPITUNE.',
    preferences: 'Gérer mes préférences',
    unsubscribe: 'Ne plus recevoir ce type de courriel',
  },
  en: {
    hello: 'Hello',
    colon: ':',
    footer: 'You are receiving this email because email notifications are on for your CAPITUNE account.',
    preferences: 'Manage my preferences',
    unsubscribe: 'Stop receiving this kind of email',
  },
} as const;
export type Language = keyof typeof frameWords;

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEscapes[char]);
}

/** An absolute URL inside the web app; anything else (other hosts, `//x`, junk) becomes its home. */
export function appUrl(siteUrl: string, path: string | undefined): string {
  const home = new URL(siteUrl);
  if (!path || !/^\/(?![/\\])/.test(path)) return home.href;
  const url = new URL(path, home);
  return url.origin === home.origin ? url.href : home.href;
}

/** One line for a header: no line breaks, trimmed, at most 180 characters. */
export function oneLine(value: string): string {
  const flat = value.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  return flat.length > 180 ? `${flat.slice(0, 179)}…` : flat;
}

export function renderLayout(content: EmailContent, context: RenderContext, language: Language = 'fr'): RenderedEmail {
  const words = frameWords[language];
  const link = appUrl(context.siteUrl, content.action.path);
  const preferences = appUrl(context.siteUrl, emailPreferencesPath);
  const greeting = context.recipientName ? `${words.hello} ${oneLine(context.recipientName)},` : `${words.hello},`;
  const footer = words.footer;
  const text = [
    greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.quote
      ? [`${content.quote.label}${words.colon}`, ...content.quote.text.split('\n').map((l) => `> ${l}`), '']
      : []),
    `${content.action.label}${words.colon} ${link}`,
    '',
    '—',
    footer,
    `${words.preferences}${words.colon} ${preferences}`,
    ...(context.unsubscribeUrl ? [`${words.unsubscribe}${words.colon} ${context.unsubscribeUrl}`] : []),
  ].join('\n');
  const quote = content.quote
    ? `<p style="margin:16px 0 4px;color:#555">${escapeHtml(content.quote.label)}${words.colon}</p>
<blockquote style="margin:0;padding:8px 12px;border-left:3px solid #1d4ed8;background:#f3f4f6;white-space:pre-line">${
      escapeHtml(content.quote.text)
    }</blockquote>`
    : '';
  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${
    escapeHtml(oneLine(content.subject))
  }</title></head>
<body style="margin:0;padding:24px;background:#f9fafb;font-family:Arial,Helvetica,sans-serif;color:#111827;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<p style="font-weight:bold;color:#1d4ed8;margin:0 0 16px">CAPITUNE</p>
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
<p>${escapeHtml(greeting)}</p>
${content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${quote}
<p style="margin:24px 0"><a href="${
    escapeHtml(link)
  }" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px">${
    escapeHtml(content.action.label)
  }</a></p>
<p style="font-size:12px;color:#6b7280">${escapeHtml(footer)}<br><a href="${
    escapeHtml(preferences)
  }" style="color:#6b7280">${words.preferences}</a>${
    context.unsubscribeUrl
      ? ` · <a href="${escapeHtml(context.unsubscribeUrl)}" style="color:#6b7280">${words.unsubscribe}</a>`
      : ''
  }</p>
</div>
</body>
</html>
`;
  return { subject: oneLine(content.subject), text, html };
}
