import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { acceptedCurrentTerms } from '@/lib/terms';
import { withNext } from '@/lib/redirect';
import { PATH_HEADER } from '@/lib/supabase/proxy';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { routes, type UserRole } from '@/lib/routes';
import type { Viewer } from '@/lib/auth/viewer-types';

type Claims = { sub: string; email?: string; aal?: string };

/**
 * Who is asking, read once per request: identity from the verified JWT (getClaims), role and
 * profile from `profiles`, standing and consent from `accounts` — the database, never
 * user_metadata. `profiles` is readable only once the account is active and consented, so a
 * missing profile with a present account means "suspended" or "consent needed".
 */
export const getViewerState = cache(async () => {
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getClaims();
  const claims = (data?.claims ?? null) as Claims | null;
  if (!claims) return { kind: 'anonymous' as const };

  const [account, profile] = await Promise.all([
    supabase.from('accounts').select('status, terms_version, locale, time_zone')
      .eq('user_id', claims.sub).maybeSingle(),
    supabase.from('profiles').select('id, full_name, avatar_path, bio, role')
      .eq('id', claims.sub).maybeSingle(),
  ]);
  if (account.error) throw new Error(`Lecture du compte impossible : ${account.error.message}`);
  if (profile.error) throw new Error(`Lecture du profil impossible : ${profile.error.message}`);
  if (!account.data) throw new Error('Compte introuvable pour cette session.');

  const aal: 'aal1' | 'aal2' = claims.aal === 'aal2' ? 'aal2' : 'aal1';
  return { kind: 'signed-in' as const, claims: { sub: claims.sub, email: claims.email, aal }, account: account.data, profile: profile.data };
});

/** The path being rendered, as the proxy forwarded it (for `next` after an interruption). */
export async function currentPath(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? routes.dashboard;
}

/**
 * The gate of the signed-in area, in order: a session, an active account, consent to the
 * current terms, then — for pros and admins — a second factor (aal2) in this session.
 */
export async function requireViewer(): Promise<Viewer> {
  const state = await getViewerState();
  const here = await currentPath();
  if (state.kind === 'anonymous') redirect(withNext(routes.login, here));
  if (state.account.status === 'suspended') redirect(routes.suspended);
  if (!acceptedCurrentTerms(state.account)) redirect(withNext(routes.consent, here));
  if (!state.profile) throw new Error('Profil introuvable pour ce compte actif.');
  const isStaff = state.profile.role === 'pro' || state.profile.role === 'admin';
  if (isStaff && state.claims.aal !== 'aal2') redirect(withNext(routes.mfa, here));
  return {
    id: state.claims.sub,
    email: state.claims.email ?? '',
    aal: state.claims.aal,
    role: state.profile.role,
    fullName: state.profile.full_name,
    avatarPath: state.profile.avatar_path,
    bio: state.profile.bio,
    locale: state.account.locale,
    timeZone: state.account.time_zone,
  };
}

/**
 * Role gate for /pro and /admin pages, after the general gate; others go back to their home.
 * Call it in each page (or the data function it uses), not in a layout: Next renders layouts
 * and pages in parallel, so a layout's check does not stop a page from rendering.
 */
export async function requireRole(role: UserRole): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.role !== role) redirect(`${routes.dashboard}?acces=refuse`);
  return viewer;
}
