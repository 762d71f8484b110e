import { Download, Trash2 } from 'lucide-react';
import { Card } from '@/components/ui/card';
import { PRIVACY_OFFICER } from '@/lib/terms';
import { DeleteAccountButton } from './delete-account-button';
import { DownloadDataButton } from './download-data-button';

/**
 * The member's rights over their data (Law 25 / PIPEDA): a copy of it, and erasure. Rendered on
 * the server; only the two buttons are client code (the profile page's first load is tight).
 */
export function PrivacySection() {
  return (
    <div className="mt-6 grid max-w-3xl grid-cols-1 gap-6" data-test="privacy-section">
      <Card title="Vos données" description="Tout ce que CAPITUNE conserve sur vous : compte, profil, dossiers, messages, publications, inscriptions et notifications.">
        <DownloadDataButton><Download aria-hidden="true" className="size-4" />Télécharger mes données</DownloadDataButton>
        <p className="mt-3 text-sm text-slate-600">
          Un fichier JSON lisible par d’autres services. Les fichiers de vos documents se téléchargent depuis chaque dossier.
          Une question : <a href={`mailto:${PRIVACY_OFFICER.email}`}>{PRIVACY_OFFICER.name}, responsable de la protection des renseignements personnels</a>.
        </p>
      </Card>
      <Card title="Supprimer mon compte" description="Action immédiate et définitive.">
        <DeleteAccountButton><Trash2 aria-hidden="true" className="size-4" />Supprimer mon compte…</DeleteAccountButton>
      </Card>
    </div>
  );
}
