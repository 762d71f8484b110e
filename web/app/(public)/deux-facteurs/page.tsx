import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthTextScope, LogoutButton, MfaStep, outcomeError, readMfaState } from '@/features/auth';
import { getViewerState } from '@/lib/auth/viewer';
import { safeNextPath, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('mfa') };
}

/**
 * Second factor (TOTP). Pros and admins are sent here by the signed-in layout while their
 * session is aal1; anyone may come here to add a factor.
 */
export default async function MfaPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next));
  const state = await getViewerState();
  if (state.kind === 'anonymous') redirect(withNext(routes.login, withNext(routes.mfa, next)));
  if (state.account.status === 'suspended') redirect(routes.suspended);
  // Read here, so the challenge form is in the page even before (or without) JavaScript.
  const mfa = await readMfaState(await createSupabaseServerClient());
  if (mfa.step === 'done') redirect(next);
  const staff = state.profile?.role === 'pro' || state.profile?.role === 'admin';
  const [t, tAuth] = await Promise.all([getTranslations('auth.mfa'), getTranslations('auth')]);
  return (
    <AuthCard
      title={t('title')}
      intro={staff ? t('introStaff') : t('introMember')}
      footer={<LogoutButton size="sm" label={tAuth('signOut')} />}
    >
      <AuthTextScope><MfaStep state={mfa} next={next} initialError={outcomeError(params)} /></AuthTextScope>
    </AuthCard>
  );
}
