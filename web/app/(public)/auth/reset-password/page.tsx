import type { Metadata } from 'next';
import { AuthCard } from '@/components/layout/auth-card';
import { outcomeError, ResetPasswordForm } from '@/features/auth';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export const metadata: Metadata = { title: 'Nouveau mot de passe', robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getClaims();
  return (
    <AuthCard title="Choisir un nouveau mot de passe">
      <ResetPasswordForm hasSession={Boolean(data?.claims)} hasCode={Boolean(firstParam(params.code))} initialError={outcomeError(params)} />
    </AuthCard>
  );
}
