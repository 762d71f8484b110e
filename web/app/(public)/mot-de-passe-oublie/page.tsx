import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { ForgotPasswordForm, outcomeDone, outcomeError } from '@/features/auth';
import { routes } from '@/lib/routes';
import type { PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default async function ForgotPasswordPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  return (
    <AuthCard
      title="Mot de passe oublié"
      intro="Indiquez votre adresse : nous vous enverrons un lien pour choisir un nouveau mot de passe."
      footer={<Link href={routes.login}>Retour à la connexion</Link>}
    >
      <ForgotPasswordForm initialError={outcomeError(params)} initialSent={outcomeDone(params)} />
    </AuthCard>
  );
}
