// unsubscribe: the one-click link of every email a member may turn off (RFC 8058). No sign-in: the
// link's token (one per member, in the database) is the proof. GET shows a confirmation whose
// button POSTs; a POST with `List-Unsubscribe=One-Click` (the mail client's, or that button's)
// turns the kind off through public.unsubscribe_email, which refuses an unknown token.
import { actAs, serviceClaims } from '../_shared/db.ts';
import { type OptionalEmailKind, unsubscribeQuery } from '../_shared/unsubscribe-link.ts';
import { confirmPage, donePage, errorPage, invalidPage, type PageLanguage } from './page.ts';

const maxBodyBytes = 8 * 1024;

function html(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The token is in the address: never sent on as a referrer, never indexed.
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      ...headers,
    },
  });
}

/** RFC 8058 §3.2: the POST body is `List-Unsubscribe=One-Click`, urlencoded or multipart. */
async function isOneClick(req: Request): Promise<boolean> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes) return false;
  try {
    return (await req.formData()).get('List-Unsubscribe') === 'One-Click';
  } catch {
    return false;
  }
}

const asService = <T>(fn: Parameters<typeof actAs<T>>[2]) => actAs<T>('service_role', serviceClaims, fn);

/** The language of the member the token names, or null when the database does not know the token. */
async function recipientLanguage(token: string): Promise<PageLanguage | null> {
  const [row] = await asService((tx) =>
    tx<{ id: string | null; locale: string | null }[]>`
      select r.id, a.locale from public.unsubscribe_recipient(${token}) as r(id)
      left join public.accounts a on a.user_id = r.id`
  );
  if (!row?.id) return null;
  return row.locale?.startsWith('en') ? 'en' : 'fr';
}

/** Turns the kind off; false when the database does not know the token. */
async function unsubscribe(token: string, kind: OptionalEmailKind): Promise<boolean> {
  try {
    await asService((tx) => tx`select public.unsubscribe_email(${token}, ${kind}::public.email_kind)`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'P0002') return false;
    throw error;
  }
}

export async function handler(req: Request): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'POST') {
    return html(405, invalidPage(), { Allow: 'GET, POST' });
  }
  const url = new URL(req.url);
  const query = unsubscribeQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return html(400, invalidPage());
  const { token, kind } = query.data;
  try {
    const language = await recipientLanguage(token);
    if (!language) return html(404, invalidPage());
    if (req.method === 'GET') return html(200, confirmPage(kind, url.search, language));
    if (!(await isOneClick(req))) return html(400, invalidPage(language));
    return (await unsubscribe(token, kind)) ? html(200, donePage(kind, language)) : html(404, invalidPage(language));
  } catch (error) {
    console.error(error);
    return html(503, errorPage());
  }
}

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
