import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/layout/legal-page';
import { TERMS_VERSION } from '@/lib/terms';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: "Conditions d'utilisation" };

export default function TermsPage() {
  return (
    <LegalPage title="Conditions d'utilisation" version={TERMS_VERSION}>
      <p>
        Ces conditions régissent votre utilisation de CAPITUNE, une plateforme qui aide les personnes
        à préparer une demande d&apos;immigration au Canada avec un professionnel réglementé.
      </p>
      <h2>1. Votre compte</h2>
      <ul>
        <li>Vous fournissez des renseignements exacts et gardez votre mot de passe confidentiel.</li>
        <li>Les comptes des professionnels et des administrateurs exigent la double authentification.</li>
        <li>Un compte peut être suspendu en cas de manquement à ces conditions ; vous en êtes alors informé.</li>
      </ul>
      <h2>2. Ce que CAPITUNE fait, et ne fait pas</h2>
      <ul>
        <li>CAPITUNE est un outil de préparation et d&apos;échange : il ne remplace pas les conseils de votre professionnel.</li>
        <li>Seuls les consultants réglementés (CICC) et les avocats peuvent vous représenter auprès d&apos;IRCC.</li>
        <li>Aucune issue favorable de votre demande n&apos;est garantie.</li>
      </ul>
      <h2>3. Vos contenus</h2>
      <ul>
        <li>Vous restez propriétaire des documents que vous déposez ; vous nous autorisez à les conserver et à les montrer au professionnel assigné à votre dossier.</li>
        <li>Dans Inside, restez respectueux : les publications signalées peuvent être masquées et les membres fautifs mis en sourdine.</li>
      </ul>
      <h2>4. Conservation</h2>
      <p>
        Les dossiers soumis sont conservés six ans après leur fermeture, comme l&apos;exigent les règles
        de tenue de dossiers des consultants. Le détail figure dans la{' '}
        <Link href={routes.privacy}>politique de confidentialité</Link>.
      </p>
      <h2>5. Modifications</h2>
      <p>
        Si ces conditions changent, nous vous demanderons de les accepter de nouveau avant de
        continuer à utiliser la plateforme.
      </p>
    </LegalPage>
  );
}
