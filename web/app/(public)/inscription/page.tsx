import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { RegisterForm } from '@/features/auth/register-form';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Créer un compte' };

export default function RegisterPage() {
  return (
    <AuthCard
      title="Créer un compte"
      intro="Gratuit pour les candidats. Vous recevrez un courriel pour confirmer votre adresse."
      footer={<>Déjà inscrit ? <Link href={routes.login}>Se connecter</Link></>}
    >
      <RegisterForm />
    </AuthCard>
  );
}
