import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { Alert } from '@/components/ui/alert';
import { AuthTextScope, ConfirmLink, emailLinkTypeSchema, errorSentence, outcomeError } from '@/features/auth';
import { safeNextPath } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('confirm'), robots: { index: false } };
}

/**
 * Landing page of emailed links (`?token_hash=…&type=…&next=…`, see web/README.md for the email
 * templates). Loading it changes nothing; the button redeems the token.
 */
export default async function ConfirmPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const tokenHash = firstParam(params.token_hash);
  const type = emailLinkTypeSchema.safeParse(firstParam(params.type));
  const error = outcomeError(params);
  const [t, { auth }] = await Promise.all([getTranslations('auth.confirm'), getMessages()]);
  if (error) {
    return (
      <AuthCard title={t('invalidTitle')}>
        <Alert tone="warning">{errorSentence(auth, error)} <Link href={routes.forgotPassword}>{t('askNew')}</Link></Alert>
      </AuthCard>
    );
  }
  if (!tokenHash || !type.success) {
    return (
      <AuthCard title={t('incompleteTitle')}>
        <Alert tone="warning">
          {t('incompleteBefore')}<Link href={routes.forgotPassword}>{t('incompleteLink')}</Link>{t('incompleteAfter')}
        </Alert>
      </AuthCard>
    );
  }
  const recovery = type.data === 'recovery';
  const next = safeNextPath(firstParam(params.next), recovery ? routes.resetPassword : routes.dashboard);
  return (
    <AuthCard
      title={recovery ? t('recoveryTitle') : t('emailTitle')}
      intro={recovery ? t('recoveryIntro') : t('emailIntro')}
    >
      <AuthTextScope><ConfirmLink tokenHash={tokenHash} type={type.data} next={next} label={recovery ? t('recoverySubmit') : t('emailSubmit')} /></AuthTextScope>
    </AuthCard>
  );
}
