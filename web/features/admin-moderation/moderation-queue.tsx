'use client';

import { Flag } from 'lucide-react';
import { lazy, Suspense, useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { fill, LoadError, LoadingRows, useAdminFormat, useAdminText } from '@/features/admin-common';
import { QUEUE_LIMIT } from './queries';
import type { ModerationItem } from './queue';
import { useModerationQueue } from './use-moderation';

// Decision dialogs (and their form library) load when first opened, not with the page.
const KeepDialog = lazy(() => import('./moderation-dialogs').then((m) => ({ default: m.KeepDialog })));
const RemoveDialog = lazy(() => import('./moderation-dialogs').then((m) => ({ default: m.RemoveDialog })));
const MuteDialog = lazy(() => import('./moderation-dialogs').then((m) => ({ default: m.MuteDialog })));

type Pending = { kind: 'keep' | 'remove' | 'mute'; item: ModerationItem } | null;

export function ModerationQueue() {
  const text = useAdminText().admin.moderation;
  const format = useAdminFormat();
  const { data, error, isPending, refetch } = useModerationQueue();
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);

  if (isPending) return <LoadingRows label={text.loading} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-slate-700" data-test="moderation-count">
        {data.length === 0 ? text.nothing : format.count(data.length, text.count)}
        {data.length >= QUEUE_LIMIT ? text.firstOnly : ''}
      </p>
      {data.length === 0 ? <EmptyState icon={Flag} title={text.empty} description={text.emptyText} /> : (
        <ul className="grid grid-cols-1 gap-4" data-test="moderation-queue">
          {data.map((item) => <Item key={item.key} item={item} onAction={(kind) => setPending({ kind, item })} />)}
        </ul>
      )}
      <Suspense fallback={null}>
        {pending?.kind === 'keep' ? <KeepDialog item={pending.item} onClose={close} /> : null}
        {pending?.kind === 'remove' ? <RemoveDialog item={pending.item} onClose={close} /> : null}
        {pending?.kind === 'mute' ? <MuteDialog item={pending.item} onClose={close} /> : null}
      </Suspense>
    </div>
  );
}

function Item({ item, onAction }: { item: ModerationItem; onAction: (kind: 'keep' | 'remove' | 'mute') => void }) {
  const text = useAdminText().admin.moderation;
  const format = useAdminFormat();
  const headingId = useId();
  const author = item.authorName ?? text.unknownAuthor;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-test="moderation-item">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{item.kind === 'post' ? text.post : text.comment}</Badge>
        <Badge tone="danger">{format.count(item.reports.length, text.reports)}</Badge>
        {item.hidden ? <Badge tone="warning">{text.hidden}</Badge> : null}
      </div>
      <h2 id={headingId} className="mt-2 font-semibold text-slate-900">{item.title ?? fill(item.kind === 'post' ? text.postOf : text.commentOf, { name: author })}</h2>
      <p className="text-sm text-slate-700">{fill(text.by, { name: author })}</p>
      <blockquote className="mt-2 line-clamp-6 whitespace-pre-line border-l-4 border-slate-200 pl-3 text-slate-800">{item.body ?? text.gone}</blockquote>
      <details className="mt-3 text-sm">
        <summary className="inline-flex min-h-9 cursor-pointer items-center font-medium text-brand-800">
          {fill(text.reasons, { reasons: item.reasons.map((r) => text.reason[r]).join(', ') })}
        </summary>
        <ul className="mt-2 space-y-2">
          {item.reports.map((report) => (
            <li key={report.id} className="rounded-md bg-slate-50 p-2">
              <span className="font-medium">{text.reason[report.reason]}</span> — {report.reporterName ?? text.member}, {format.dateTime(report.createdAt)}
              {report.details ? <p className="mt-1 text-slate-700">{fill(text.quote, { text: report.details })}</p> : null}
            </li>
          ))}
        </ul>
      </details>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => onAction('keep')} aria-describedby={headingId} data-test="moderation-keep">{text.keep}</Button>
        <Button size="sm" variant="danger" onClick={() => onAction('remove')} aria-describedby={headingId} data-test="moderation-remove">{text.remove}</Button>
        {item.authorId ? <Button size="sm" variant="ghost" onClick={() => onAction('mute')} aria-describedby={headingId} data-test="moderation-mute">{text.mute}</Button> : null}
      </div>
    </li>
  );
}
