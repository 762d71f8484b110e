'use client';

import { ScrollText } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { formatDateTime, LoadError, LoadingRows, table, TableRegion, tbody, td, th, thead, tr } from '@/features/admin-common';
import { ACTION_OPTIONS, actionLabel, describeDetails, targetLabel } from './labels';
import { useAuditLog } from './use-audit-log';

export function AuditLog() {
  const [action, setAction] = useState('');
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } = useAuditLog(action);
  const entries = data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="space-y-4">
      <div className="max-w-sm">
        <Select label="Type d’action" options={ACTION_OPTIONS} value={action} onChange={(event) => setAction(event.currentTarget.value)} data-test="audit-filter" />
      </div>
      {isPending ? <LoadingRows label="Chargement du journal…" /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : entries.length === 0
        ? <EmptyState icon={ScrollText} title="Aucune entrée" description="Les actions des administrateurs et des professionnels sont consignées ici pendant six ans." />
        : (
          <>
            <TableRegion label="Entrées du journal d’audit">
              <table className={`${table} md:min-w-[52rem]`} data-test="audit-table">
                <thead className={thead}>
                  <tr>
                    <th scope="col" className={th}>Date</th>
                    <th scope="col" className={th}>Auteur</th>
                    <th scope="col" className={th}>Action</th>
                    <th scope="col" className={th}>Cible</th>
                    <th scope="col" className={th}>Détails</th>
                  </tr>
                </thead>
                <tbody className={tbody}>
                  {entries.map((entry) => (
                    <tr key={entry.id} className={tr} data-test="audit-row">
                      <td className={`${td} whitespace-nowrap`} data-label="Date">{formatDateTime(entry.created_at)}</td>
                      <td className={td} data-label="Auteur">{entry.actorName}</td>
                      <th scope="row" className={`${td} font-medium`} data-label="Action">{actionLabel(entry.action)}</th>
                      <td className={td} data-label="Cible">
                        {targetLabel(entry.target_table)}{entry.targetName ? ` : ${entry.targetName}` : ''}
                        <code className="block break-all text-xs text-slate-600">{entry.target_id}</code>
                      </td>
                      <td className={td} data-label="Détails">{describeDetails(entry.action, entry.details, entry.names)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
            {hasNextPage ? (
              <Button variant="secondary" loading={isFetchingNextPage} onClick={() => void fetchNextPage()} data-test="audit-more">Afficher les entrées plus anciennes</Button>
            ) : <p className="text-sm text-slate-600">Début du journal atteint.</p>}
          </>
        )}
    </div>
  );
}
