'use client';

import { FolderKanban } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, describeAdminError, LoadError, LoadingRows, Pager, plural } from '@/features/admin-common';
import { DossierAssignmentRow, type AssignmentRequest } from './dossier-assignment-row';
import { DOSSIERS_PAGE_SIZE, type DossierFilter } from './queries';
import { useActivePros, useAdminDossiers, useAssignDossier } from './use-admin-dossiers';

const FILTERS: { value: DossierFilter; label: string }[] = [
  { value: 'unassigned', label: 'Sans professionnel' },
  { value: 'all', label: 'Tous les dossiers' },
];

export function DossierAssignment() {
  const toast = useToast();
  const [filter, setFilter] = useState<DossierFilter>('unassigned');
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState<AssignmentRequest | null>(null);
  const dossiers = useAdminDossiers(filter, page);
  const pros = useActivePros();
  const assign = useAssignDossier();

  const run = (request: AssignmentRequest) =>
    assign.mutate({ dossierId: request.dossier.id, proId: request.proId }, {
      onSuccess: () => {
        toast.success(request.proId ? `« ${request.dossier.title} » est attribué à ${request.proName}.` : `« ${request.dossier.title} » n’a plus de professionnel.`);
        setConfirming(null);
      },
      onError: (error) => toast.error(describeAdminError(error)),
    });
  // A first assignment is harmless; taking a dossier from a pro is confirmed first.
  const onAssign = (request: AssignmentRequest) => (request.dossier.pro_id ? setConfirming(request) : run(request));

  const retry = () => { void dossiers.refetch(); void pros.refetch(); };
  let body: ReactNode;
  if (dossiers.isPending || pros.isPending) body = <LoadingRows label="Chargement des dossiers…" />;
  else if (dossiers.isError) body = <LoadError error={dossiers.error} onRetry={retry} />;
  else if (pros.isError) body = <LoadError error={pros.error} onRetry={retry} />;
  else if (dossiers.data.dossiers.length === 0) {
    body = <EmptyState icon={FolderKanban} title={filter === 'unassigned' ? 'Tous les dossiers ont un professionnel' : 'Aucun dossier'} />;
  } else {
    body = <>
      <p role="status" className="text-sm text-slate-700" data-test="dossiers-count">{plural(dossiers.data.total, 'dossier', 'dossiers')}</p>
      <ul className="grid grid-cols-1 gap-4" data-test="dossiers-list">
        {dossiers.data.dossiers.map((dossier) => (
          <DossierAssignmentRow key={`${dossier.id}-${dossier.pro_id ?? ''}`} dossier={dossier} pros={pros.data}
            pending={assign.isPending && assign.variables?.dossierId === dossier.id} onAssign={onAssign} />
        ))}
      </ul>
      <Pager page={page} pageCount={Math.max(Math.ceil(dossiers.data.total / DOSSIERS_PAGE_SIZE), 1)} onPage={setPage}
        disabled={dossiers.isFetching} label="Pages des dossiers" />
    </>;
  }
  return (
    <div className="space-y-4">
      <div className="max-w-xs">
        <Select label="Afficher" options={FILTERS} value={filter} data-test="dossiers-filter"
          onChange={(event) => { setFilter(event.currentTarget.value as DossierFilter); setPage(1); }} />
      </div>
      {body}
      <ConfirmDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && run(confirming)}
        pending={assign.isPending}
        title={confirming?.proId ? 'Changer de professionnel ?' : 'Retirer le professionnel ?'}
        description={confirming
          ? `${confirming.dossier.pro?.full_name ?? 'Le professionnel actuel'} n’aura plus accès à « ${confirming.dossier.title} »${confirming.proId ? ` ; ${confirming.proName} le reprendra` : ''}.`
          : undefined}
        confirmLabel={confirming?.proId ? 'Réattribuer' : 'Retirer'}
        testId="reassign-dialog"
      />
    </div>
  );
}
