'use client';

import { FolderKanban } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, fill, LoadError, LoadingRows, Pager, useAdminFormat, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { DossierAssignmentRow, type AssignmentRequest } from './dossier-assignment-row';
import { DOSSIERS_PAGE_SIZE, type DossierFilter } from './queries';
import { useActivePros, useAdminDossiers, useAssignDossier } from './use-admin-dossiers';

export function DossierAssignment() {
  const describeFailure = useDescribeAdminError();
  const { admin: { dossiers: text, common } } = useAdminText();
  const format = useAdminFormat();
  const toast = useToast();
  const filters: { value: DossierFilter; label: string }[] = [
    { value: 'unassigned', label: text.filterUnassigned },
    { value: 'all', label: text.filterAll },
  ];
  const [filter, setFilter] = useState<DossierFilter>('unassigned');
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState<AssignmentRequest | null>(null);
  const dossiers = useAdminDossiers(filter, page);
  const pros = useActivePros();
  const assign = useAssignDossier();

  const run = (request: AssignmentRequest) =>
    assign.mutate({ dossierId: request.dossier.id, proId: request.proId }, {
      onSuccess: () => {
        toast.success(fill(request.proId ? text.assigned : text.unassigned, { title: request.dossier.title, name: request.proName ?? '' }));
        setConfirming(null);
      },
      onError: (error) => toast.error(describeFailure(error)),
    });
  // A first assignment is harmless; taking a dossier from a pro is confirmed first.
  const onAssign = (request: AssignmentRequest) => (request.dossier.pro_id ? setConfirming(request) : run(request));

  const retry = () => { void dossiers.refetch(); void pros.refetch(); };
  let body: ReactNode;
  if (dossiers.isPending || pros.isPending) body = <LoadingRows label={text.loading} />;
  else if (dossiers.isError) body = <LoadError error={dossiers.error} onRetry={retry} />;
  else if (pros.isError) body = <LoadError error={pros.error} onRetry={retry} />;
  else if (dossiers.data.dossiers.length === 0) {
    body = <EmptyState icon={FolderKanban} title={filter === 'unassigned' ? text.allAssigned : text.none} />;
  } else {
    body = <>
      <p role="status" className="text-sm text-slate-700" data-test="dossiers-count">{format.count(dossiers.data.total, text.count)}</p>
      <ul className="grid grid-cols-1 gap-4" data-test="dossiers-list">
        {dossiers.data.dossiers.map((dossier) => (
          <DossierAssignmentRow key={`${dossier.id}-${dossier.pro_id ?? ''}`} dossier={dossier} pros={pros.data}
            pending={assign.isPending && assign.variables?.dossierId === dossier.id} onAssign={onAssign} />
        ))}
      </ul>
      <Pager page={page} pageCount={Math.max(Math.ceil(dossiers.data.total / DOSSIERS_PAGE_SIZE), 1)} onPage={setPage}
        disabled={dossiers.isFetching} label={text.pages} />
    </>;
  }
  return (
    <div className="space-y-4">
      <div className="max-w-xs">
        <Select label={common.show} options={filters} value={filter} data-test="dossiers-filter"
          onChange={(event) => { setFilter(event.currentTarget.value as DossierFilter); setPage(1); }} />
      </div>
      {body}
      <ConfirmDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && run(confirming)}
        pending={assign.isPending}
        title={confirming?.proId ? text.changePro : text.removePro}
        description={confirming
          ? fill(confirming.proId ? text.losesTo : text.loses, {
            pro: confirming.dossier.pro?.full_name ?? text.currentPro, title: confirming.dossier.title, name: confirming.proName ?? '',
          })
          : undefined}
        confirmLabel={confirming?.proId ? text.reassign : text.remove}
        testId="reassign-dialog"
      />
    </div>
  );
}
