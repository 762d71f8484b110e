import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { ForgotPasswordForm } from '@/features/auth/forgot-password-form';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Mot de passe oublié"
      intro="Indiquez votre adresse : nous vous enverrons un lien pour choisir un nouveau mot de passe."
      footer={<Link href={routes.login}>Retour à la connexion</Link>}
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
