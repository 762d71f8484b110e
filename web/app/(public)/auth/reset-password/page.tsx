import type { Metadata } from 'next';
import { AuthCard } from '@/components/layout/auth-card';
import { ResetPasswordForm } from '@/features/auth/reset-password-form';

export const metadata: Metadata = { title: 'Nouveau mot de passe' };

export default function ResetPasswordPage() {
  return (
    <AuthCard title="Choisir un nouveau mot de passe">
      <ResetPasswordForm />
    </AuthCard>
  );
}
