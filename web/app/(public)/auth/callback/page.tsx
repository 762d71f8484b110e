import type { Metadata } from 'next';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthCallback } from '@/features/auth';
import { safeNextPath } from '@/lib/redirect';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Confirmation' };

export default async function AuthCallbackPage({ searchParams }: PageSearchParams) {
  const next = safeNextPath(firstParam((await searchParams).next));
  return (
    <AuthCard title="Confirmation de votre adresse">
      <AuthCallback next={next} />
    </AuthCard>
  );
}
