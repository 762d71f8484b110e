import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthTextScope, LoginForm, outcomeError } from '@/features/auth';
import { safeNextPath, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('login') };
}

export default async function LoginPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next));
  const t = await getTranslations('auth.login');
  return (
    <AuthCard
      title={t('title')}
      intro={t('intro')}
      footer={<>{t('noAccount')} <Link href={withNext(routes.register, next)}>{t('createAccount')}</Link></>}
    >
      <AuthTextScope><LoginForm next={next} initialError={outcomeError(params)} /></AuthTextScope>
    </AuthCard>
  );
}
