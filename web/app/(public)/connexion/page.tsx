import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { LoginForm, outcomeError } from '@/features/auth';
import { safeNextPath, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Connexion' };

export default async function LoginPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next));
  return (
    <AuthCard
      title="Connexion"
      intro="Accédez à votre dossier, à Inside et aux webinaires Live."
      footer={<>Pas encore de compte ? <Link href={withNext(routes.register, next)}>Créer un compte</Link></>}
    >
      <LoginForm next={next} initialError={outcomeError(params)} />
    </AuthCard>
  );
}
