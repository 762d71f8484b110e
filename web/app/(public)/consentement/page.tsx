import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/layout/auth-card';
import { ConsentForm } from '@/features/account';
import { acceptedCurrentTerms, TERMS_VERSION } from '@/lib/terms';
import { AuthTextScope, LogoutButton, outcomeError } from '@/features/auth';
import { getViewerState } from '@/lib/auth/viewer';
import { safeNextPath, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('consent') };
}

/** Shown until the account's consent is to the terms in force: the database refuses everything until then. */
export default async function ConsentPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next));
  const state = await getViewerState();
  if (state.kind === 'anonymous') redirect(withNext(routes.login, withNext(routes.consent, next)));
  if (state.account.status === 'suspended') redirect(routes.suspended);
  if (acceptedCurrentTerms(state.account)) redirect(next);
  const t = await getTranslations('auth');
  return (
    <AuthCard
      title={t('consent.title')}
      intro={t('consent.intro', { version: TERMS_VERSION })}
      footer={<LogoutButton size="sm" label={t('refuseAndSignOut')} />}
    >
      <AuthTextScope><ConsentForm next={next} initialError={outcomeError(params)} /></AuthTextScope>
    </AuthCard>
  );
}
