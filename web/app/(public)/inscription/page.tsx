import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { outcomeDone, outcomeError, RegisterForm } from '@/features/auth';
import { routes } from '@/lib/routes';
import type { PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Créer un compte' };

export default async function RegisterPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  return (
    <AuthCard
      title="Créer un compte"
      intro="Gratuit pour les candidats. Vous recevrez un courriel pour confirmer votre adresse."
      footer={<>Déjà inscrit ? <Link href={routes.login}>Se connecter</Link></>}
    >
      <RegisterForm initialError={outcomeError(params)} sent={outcomeDone(params)} />
    </AuthCard>
  );
}
