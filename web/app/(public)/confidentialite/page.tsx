import type { Metadata } from 'next';
import { LegalPage } from '@/components/layout/legal-page';
import { PRIVACY_OFFICER, TERMS_VERSION } from '@/lib/terms';

export const metadata: Metadata = { title: 'Politique de confidentialité' };

export default function PrivacyPage() {
  return (
    <LegalPage title="Politique de confidentialité" version={TERMS_VERSION}>
      <p>
        CAPITUNE applique la Loi 25 du Québec et la LPRPDE : nous recueillons vos renseignements
        avec votre consentement, pour des fins précises, et vous gardez la maîtrise de vos données.
      </p>
      <h2>Responsable de la protection des renseignements personnels</h2>
      <p>
        {PRIVACY_OFFICER.name} —{' '}
        <a href={`mailto:${PRIVACY_OFFICER.email}`}>{PRIVACY_OFFICER.email}</a>
      </p>
      <h2>Ce que nous recueillons</h2>
      <ul>
        <li>Votre compte : nom, adresse courriel, langue, préférences de notification, date d&apos;acceptation des conditions.</li>
        <li>Vos dossiers : programme visé, documents déposés, historique des statuts et messages échangés avec votre professionnel.</li>
        <li>Votre participation : publications, commentaires et mentions « J&apos;aime » dans Inside, inscriptions aux webinaires Live.</li>
      </ul>
      <h2>Qui y a accès</h2>
      <ul>
        <li>Votre dossier n&apos;est visible que par vous, le professionnel qui y est assigné et les administrateurs.</li>
        <li>Votre nom, votre photo et votre rôle sont visibles des autres membres connectés.</li>
        <li>Les actions des professionnels et des administrateurs sont consignées dans un journal d&apos;audit.</li>
      </ul>
      <h2>Vos droits</h2>
      <ul>
        <li>
          <strong>Accès et portabilité</strong> : depuis votre profil, vous téléchargez l&apos;ensemble de vos données dans un format lisible.
          Un compte suspendu ne peut plus se connecter : écrivez alors au responsable ci-dessus, qui vous les transmet dans les 30 jours.
        </li>
        <li><strong>Effacement</strong> : vous pouvez demander la suppression de votre compte. Vos brouillons sont supprimés ; vos dossiers soumis sont conservés six ans sous un profil anonymisé, comme l&apos;exigent les règles des consultants.</li>
        <li><strong>Rectification</strong> : vous modifiez votre nom, votre présentation et vos préférences depuis votre profil.</li>
        <li>Pour toute question ou plainte, écrivez au responsable ci-dessus ; vous pouvez aussi vous adresser à la Commission d&apos;accès à l&apos;information du Québec.</li>
      </ul>
      <h2>Courriels</h2>
      <p>
        Nous vous écrivons pour votre compte (confirmation, mot de passe) et, si vous le souhaitez,
        pour l&apos;activité de votre dossier. Vous pouvez désactiver ces derniers dans votre profil.
      </p>
    </LegalPage>
  );
}
