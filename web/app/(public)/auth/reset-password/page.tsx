import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/layout/auth-card';
import { AuthTextScope, outcomeError, ResetPasswordForm } from '@/features/auth';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('resetPassword'), robots: { index: false } };
}

export default async function ResetPasswordPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const t = await getTranslations('auth.reset');
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getClaims();
  return (
    <AuthCard title={t('title')}>
      <AuthTextScope><ResetPasswordForm hasSession={Boolean(data?.claims)} hasCode={Boolean(firstParam(params.code))} initialError={outcomeError(params)} /></AuthTextScope>
    </AuthCard>
  );
}
