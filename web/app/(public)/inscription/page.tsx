import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthTextScope, outcomeDone, outcomeError, RegisterForm } from '@/features/auth';
import { routes } from '@/lib/routes';
import type { PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('register') };
}

export default async function RegisterPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const t = await getTranslations('auth.register');
  return (
    <AuthCard
      title={t('title')}
      intro={t('intro')}
      footer={<>{t('already')} <Link href={routes.login}>{t('signIn')}</Link></>}
    >
      <AuthTextScope><RegisterForm initialError={outcomeError(params)} sent={outcomeDone(params)} /></AuthTextScope>
    </AuthCard>
  );
}
