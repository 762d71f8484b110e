// unsubscribe: the one-click address of every email a member may turn off (RFC 8058), named by the
// emails' List-Unsubscribe header. No sign-in: the link's token (one per member, in the database) is
// the proof. A POST of `List-Unsubscribe=One-Click` (what a mail client sends, or the web app's
// /desabonnement page) turns the kind off through public.unsubscribe_email, which refuses an unknown
// token. People get no page from here: on supabase.co a function's text/html is served as text/plain
// (supabase/supabase, apps/docs/content/guides/functions/limits.mdx, PR #27012; "HTML content is not
// supported" in guides/functions/development-tips), so a GET, a person opening the header's link,
// is sent to the web app's page, which asks before anything changes.
import { actAs, serviceClaims } from '../_shared/db.ts';
import { baseEnv, readEnv } from '../_shared/env.ts';
import { errors, HttpError } from '../_shared/errors.ts';
import { errorResponse, json, languageOf } from '../_shared/http.ts';
import { type OptionalEmailKind, unsubscribePageUrl, unsubscribeQuery } from '../_shared/unsubscribe-link.ts';

const maxBodyBytes = 8 * 1024;
// The token is in the address: never cached, never sent on as a referrer, never indexed.
const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' };

const invalidLink = () =>
  new HttpError(400, 'invalid_link', { fr: 'Ce lien de désabonnement n’est pas valide.', en: 'This unsubscribe link is not valid.' });
const unknownLink = () =>
  new HttpError(404, 'not_found', {
    fr: 'Ce lien de désabonnement n’est pas valide ou a expiré.',
    en: 'This unsubscribe link is not valid or has expired.',
  });

/** RFC 8058 §3.2: the POST body is `List-Unsubscribe=One-Click`, urlencoded or multipart. */
async function isOneClick(req: Request): Promise<boolean> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes) return false;
  try {
    return (await req.formData()).get('List-Unsubscribe') === 'One-Click';
  } catch {
    return false;
  }
}

/** Turns the kind off; false when the database does not know the token. */
async function unsubscribe(token: string, kind: OptionalEmailKind): Promise<boolean> {
  try {
    await actAs('service_role', serviceClaims, (tx) => tx`select public.unsubscribe_email(${token}, ${kind}::public.email_kind)`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'P0002') return false;
    throw error;
  }
}

export async function handler(req: Request): Promise<Response> {
  const language = languageOf(req);
  if (req.method !== 'GET' && req.method !== 'POST') {
    return errorResponse(errors.methodNotAllowed(), language, { ...privateHeaders, Allow: 'GET, POST' });
  }
  const url = new URL(req.url);
  const query = unsubscribeQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return errorResponse(invalidLink(), language, privateHeaders);
  const { token, kind } = query.data;
  if (req.method === 'GET') {
    const page = unsubscribePageUrl(readEnv(baseEnv).SITE_URL, token, kind);
    return new Response(null, { status: 303, headers: { ...privateHeaders, Location: page } });
  }
  if (!(await isOneClick(req))) return errorResponse(invalidLink(), language, privateHeaders);
  try {
    if (!(await unsubscribe(token, kind))) return errorResponse(unknownLink(), language, privateHeaders);
    return json({ unsubscribed: kind }, 200, privateHeaders);
  } catch (error) {
    console.error(error);
    return errorResponse(errors.databaseUnavailable(), language, privateHeaders);
  }
}

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
