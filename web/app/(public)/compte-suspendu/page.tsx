import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { AuthCard } from '@/components/layout/auth-card';
import { PRIVACY_OFFICER } from '@/lib/terms';
import { LogoutButton } from '@/features/auth';
import { getViewerState } from '@/lib/auth/viewer';
import { isSupabaseConfigured } from '@/lib/env';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('suspended') };
}

/** accounts.status = 'suspended' (or a sign-in refused because Auth bans the user). */
export default async function SuspendedPage() {
  await connection(); // per request: the answer depends on the session
  const state = isSupabaseConfigured() ? await getViewerState() : { kind: 'anonymous' as const };
  if (state.kind === 'signed-in' && state.account.status === 'active') redirect(routes.dashboard);
  const [t, tAuth] = await Promise.all([getTranslations('auth.suspended'), getTranslations('auth')]);
  return (
    <AuthCard title={t('title')} footer={state.kind === 'signed-in' ? <LogoutButton size="sm" label={tAuth('signOut')} /> : null}>
      <div className="space-y-4 text-slate-700">
        <p>{t('p1')}</p>
        <p>{t('p2')}</p>
        <p>
          {t('p3', { name: PRIVACY_OFFICER.name })}<a href={`mailto:${PRIVACY_OFFICER.email}`}>{PRIVACY_OFFICER.email}</a>.
        </p>
      </div>
    </AuthCard>
  );
}
