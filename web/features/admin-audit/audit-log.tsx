'use client';

import { ScrollText } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { LoadError, LoadingRows, table, TableRegion, tbody, td, th, thead, tr, useAdminFormat, useAdminText } from '@/features/admin-common';
import { auditWords } from './labels';
import { useAuditLog } from './use-audit-log';

export function AuditLog() {
  const adminText = useAdminText();
  const text = adminText.admin.audit;
  const format = useAdminFormat();
  const words = auditWords(adminText, format);
  const [action, setAction] = useState('');
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } = useAuditLog(action);
  const entries = data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="space-y-4">
      <div className="max-w-sm">
        <Select label={text.actionType} options={words.actionOptions} value={action} onChange={(event) => setAction(event.currentTarget.value)} data-test="audit-filter" />
      </div>
      {isPending ? <LoadingRows label={text.loading} /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : entries.length === 0
        ? <EmptyState icon={ScrollText} title={text.none} description={text.noneText} />
        : (
          <>
            <TableRegion label={text.tableLabel}>
              <table className={`${table} md:min-w-[52rem]`} data-test="audit-table">
                <thead className={thead}>
                  <tr>
                    <th scope="col" className={th}>{text.date}</th>
                    <th scope="col" className={th}>{text.actor}</th>
                    <th scope="col" className={th}>{text.action}</th>
                    <th scope="col" className={th}>{text.target}</th>
                    <th scope="col" className={th}>{text.details}</th>
                  </tr>
                </thead>
                <tbody className={tbody}>
                  {entries.map((entry) => (
                    <tr key={entry.id} className={tr} data-test="audit-row">
                      <td className={`${td} whitespace-nowrap`} data-label={text.date}>{format.dateTime(entry.created_at)}</td>
                      <td className={td} data-label={text.actor}>{entry.actor_id ? entry.actorName ?? text.deletedAccount : text.system}</td>
                      <th scope="row" className={`${td} font-medium`} data-label={text.action}>{words.action(entry.action)}</th>
                      <td className={td} data-label={text.target}>
                        {words.targetNamed(entry.target_table, entry.targetName)}
                        <code className="block break-all text-xs text-slate-600">{entry.target_id}</code>
                      </td>
                      <td className={td} data-label={text.details}>{words.details(entry.action, entry.details, entry.names)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
            {hasNextPage ? (
              <Button variant="secondary" loading={isFetchingNextPage} onClick={() => void fetchNextPage()} data-test="audit-more">{text.more}</Button>
            ) : <p className="text-sm text-slate-600">{text.start}</p>}
          </>
        )}
    </div>
  );
}
