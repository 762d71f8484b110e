// The unsubscribe links that send-emails writes: the member's opaque token
// (public.email_unsubscribe_tokens) and the kind it turns off, on two addresses. The headers name the
// unsubscribe function, which a mail client POSTs to (RFC 8058); the text names the web app's page,
// which shows what will stop and asks (the function serves no page: see unsubscribe/index.ts).
import { emailKindLabels, requiredEmailKinds } from './contract/labels.ts';
import { routes } from './contract/routes.ts';
import { z } from './zod.ts';

export type OptionalEmailKind = Exclude<keyof typeof emailKindLabels, 'security' | 'account'>;

export const optionalEmailKinds = Object.keys(emailKindLabels).filter(
  (kind) => !(requiredEmailKinds as readonly string[]).includes(kind),
) as OptionalEmailKind[];

export const unsubscribeQuery = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(optionalEmailKinds as [OptionalEmailKind, ...OptionalEmailKind[]]),
});

export function isOptionalEmailKind(kind: string): kind is OptionalEmailKind {
  return (optionalEmailKinds as string[]).includes(kind);
}

/** The unsubscribe function's address for `token` and `kind` (the one-click header). */
export function unsubscribeUrl(base: string, token: string, kind: OptionalEmailKind): string {
  const url = new URL(base);
  url.searchParams.set('token', token);
  url.searchParams.set('kind', kind);
  return url.href;
}

/** The web app's page for `token` and `kind` (the link people click in the email's text). */
export function unsubscribePageUrl(siteUrl: string, token: string, kind: OptionalEmailKind): string {
  return unsubscribeUrl(new URL(routes.unsubscribe, siteUrl).href, token, kind);
}

/** RFC 8058 headers: the HTTPS link for a POST of `List-Unsubscribe=One-Click`. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
