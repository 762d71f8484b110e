'use client';

import { CircleCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { progressClasses } from '../progress-classes';
import type { UploadState } from './use-document-upload';

// Screen readers hear the progress at these steps, not at every percent.
const MILESTONES = [25, 50, 75];

type Say = ReturnType<typeof useTranslations<'documents.upload'>>;

/** What the polite live region says: the start, each quarter, the end. A screen reader speaks it only when this text changes. */
function announcement(t: Say, state: UploadState): string {
  switch (state.phase) {
    case 'uploading': {
      const step = MILESTONES.filter((m) => state.percent >= m).length;
      return step === 0 ? t('started', { name: state.fileName }) : t('progress', { name: state.fileName, percent: MILESTONES[step - 1]! });
    }
    case 'done': return t('done', { name: state.fileName });
    case 'cancelled': return t('cancelled', { name: state.fileName });
    default: return ''; // a failure is its own alert
  }
}

/** The visible progress bar with a cancel button, and what assistive technologies hear. */
export function UploadStatus({ state, onCancel }: { state: UploadState; onCancel: () => void }) {
  const t = useTranslations('documents.upload');
  const labelId = useId();
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="sr-only" data-test="upload-announcement">{announcement(t, state)}</p>
      {state.phase === 'uploading' ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4" data-test="upload-progress">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p id={labelId} className="text-sm font-medium text-slate-900">{t('sendingFile', { name: state.fileName })}</p>
            <span className="text-sm tabular-nums text-slate-700" aria-hidden="true">{state.percent} %</span>
          </div>
          <progress aria-labelledby={labelId} max={100} value={state.percent} className={progressClasses('mt-2')} />
          <Button variant="secondary" size="sm" className="mt-3" onClick={onCancel}>{t('cancel')}</Button>
        </div>
      ) : null}
      {state.phase === 'done' ? (
        // Not a live region itself: the polite region above already says it, once.
        <p className="flex items-center gap-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900" data-test="upload-done">
          <CircleCheck aria-hidden="true" className="size-5 shrink-0" />
          {t('done', { name: state.fileName })}
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <Alert tone="danger" title={t('failed', { name: state.fileName })} data-test="upload-error">{state.message}</Alert>
      ) : null}
    </div>
  );
}
