import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthCallback, AuthTextScope } from '@/features/auth';
import { safeNextPath } from '@/lib/redirect';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('callback') };
}

export default async function AuthCallbackPage({ searchParams }: PageSearchParams) {
  const next = safeNextPath(firstParam((await searchParams).next));
  return (
    <AuthCard title={(await getTranslations('auth.callback'))('title')}>
      <AuthTextScope><AuthCallback next={next} /></AuthTextScope>
    </AuthCard>
  );
}
