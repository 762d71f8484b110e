import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { Alert } from '@/components/ui/alert';
import { ConfirmLink, emailLinkTypeSchema, outcomeError } from '@/features/auth';
import { safeNextPath } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Confirmer', robots: { index: false } };

/**
 * Landing page of emailed links (`?token_hash=…&type=…&next=…`, see web/README.md for the email
 * templates). Loading it changes nothing; the button redeems the token.
 */
export default async function ConfirmPage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const tokenHash = firstParam(params.token_hash);
  const type = emailLinkTypeSchema.safeParse(firstParam(params.type));
  const error = outcomeError(params);
  if (error) {
    return (
      <AuthCard title="Lien non valide">
        <Alert tone="warning">{error} <Link href={routes.forgotPassword}>Demander un nouveau lien</Link></Alert>
      </AuthCard>
    );
  }
  if (!tokenHash || !type.success) {
    return (
      <AuthCard title="Lien incomplet">
        <Alert tone="warning">
          Ce lien est incomplet. Copiez-le en entier depuis le courriel, ou{' '}
          <Link href={routes.forgotPassword}>demandez-en un nouveau</Link>.
        </Alert>
      </AuthCard>
    );
  }
  const recovery = type.data === 'recovery';
  const next = safeNextPath(firstParam(params.next), recovery ? routes.resetPassword : routes.dashboard);
  return (
    <AuthCard
      title={recovery ? 'Réinitialiser votre mot de passe' : 'Confirmer votre adresse courriel'}
      intro={recovery ? 'Continuez pour choisir un nouveau mot de passe.' : 'Un dernier clic pour activer votre compte.'}
    >
      <ConfirmLink tokenHash={tokenHash} type={type.data} next={next} label={recovery ? 'Continuer' : 'Confirmer mon adresse'} />
    </AuthCard>
  );
}
