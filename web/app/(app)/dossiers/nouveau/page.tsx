import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { NewDossierForm } from '@/features/case-file';
import { requireViewer } from '@/lib/auth/viewer';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Nouveau dossier' };

export default async function NewDossierPage() {
  const viewer = await requireViewer();
  // Only candidates open dossiers (the database refuses others too).
  if (viewer.role !== 'candidate') redirect(`${routes.dashboard}?acces=refuse`);
  return (
    <>
      <PageHeader title="Nouveau dossier" description="Un dossier par demande. Il reste un brouillon jusqu'à ce que vous le soumettiez." />
      <NewDossierForm />
    </>
  );
}
