import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthTextScope, ForgotPasswordForm, outcomeDone, outcomeError } from '@/features/auth';
import { routes } from '@/lib/routes';
import type { PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('forgotPassword') };
}

export default async function ForgotPasswordPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const t = await getTranslations('auth.forgot');
  return (
    <AuthCard
      title={t('title')}
      intro={t('intro')}
      footer={<Link href={routes.login}>{t('back')}</Link>}
    >
      <AuthTextScope><ForgotPasswordForm initialError={outcomeError(params)} initialSent={outcomeDone(params)} /></AuthTextScope>
    </AuthCard>
  );
}
