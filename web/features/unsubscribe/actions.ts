'use server';

// The page's button: the same one-click POST a mail client sends (RFC 8058 §3.2) to the unsubscribe
// function, which turns the kind off in the database (public.unsubscribe_email) or refuses an
// unknown token. No session: the token is the proof. Answered by a 303 (Post/Redirect/Get).
import { redirect } from 'next/navigation';
import { publicEnv } from '@/lib/env';
import { routes } from '@/lib/routes';
import { type Outcome, OUTCOME_PARAM, readUnsubscribeLink, type UnsubscribeLink } from './link';

async function oneClick({ token, kind }: UnsubscribeLink): Promise<Outcome> {
  const url = new URL('/functions/v1/unsubscribe', publicEnv().supabaseUrl);
  url.searchParams.set('token', token);
  url.searchParams.set('kind', kind);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return 'done';
    return response.status === 404 || response.status === 400 ? 'invalid' : 'error';
  } catch {
    return 'error';
  }
}

export async function unsubscribeAction(form: FormData): Promise<never> {
  const link = readUnsubscribeLink(form.get('token'), form.get('kind'));
  const outcome = link ? await oneClick(link) : 'invalid';
  const target = new URL(routes.unsubscribe, 'https://capitune.invalid');
  // After an error the link stays, so the button can be pressed again; otherwise it is dropped.
  if (outcome === 'error' && link) {
    target.searchParams.set('token', link.token);
    target.searchParams.set('kind', link.kind);
  }
  if (link && outcome === 'done') target.searchParams.set('kind', link.kind);
  target.searchParams.set(OUTCOME_PARAM, outcome);
  redirect(target.pathname + target.search);
}
