'use client';

import { CircleCheck } from 'lucide-react';
import { useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { progressClasses } from '../progress-classes';
import type { UploadState } from './use-document-upload';

// Screen readers hear the progress at these steps, not at every percent.
const MILESTONES = [25, 50, 75];

/** What the polite live region says: the start, each quarter, the end. A screen reader speaks it only when this text changes. */
function announcement(state: UploadState): string {
  switch (state.phase) {
    case 'uploading': {
      const step = MILESTONES.filter((m) => state.percent >= m).length;
      return step === 0 ? `Envoi de « ${state.fileName} » commencé.` : `Envoi de « ${state.fileName} » : ${MILESTONES[step - 1]} %.`;
    }
    case 'done': return `« ${state.fileName} » est envoyé. Il attend l'examen de votre professionnel.`;
    case 'cancelled': return `Envoi de « ${state.fileName} » annulé.`;
    default: return ''; // a failure is its own alert
  }
}

/** The visible progress bar with a cancel button, and what assistive technologies hear. */
export function UploadStatus({ state, onCancel }: { state: UploadState; onCancel: () => void }) {
  const labelId = useId();
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="sr-only" data-test="upload-announcement">{announcement(state)}</p>
      {state.phase === 'uploading' ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4" data-test="upload-progress">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p id={labelId} className="text-sm font-medium text-slate-900">Envoi de « {state.fileName} »</p>
            <span className="text-sm tabular-nums text-slate-700" aria-hidden="true">{state.percent} %</span>
          </div>
          <progress aria-labelledby={labelId} max={100} value={state.percent} className={progressClasses('mt-2')} />
          <Button variant="secondary" size="sm" className="mt-3" onClick={onCancel}>Annuler l&apos;envoi</Button>
        </div>
      ) : null}
      {state.phase === 'done' ? (
        // Not a live region itself: the polite region above already says it, once.
        <p className="flex items-center gap-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900" data-test="upload-done">
          <CircleCheck aria-hidden="true" className="size-5 shrink-0" />
          « {state.fileName} » est envoyé : il attend l&apos;examen de votre professionnel.
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <Alert tone="danger" title={`« ${state.fileName} » n'a pas été envoyé`} data-test="upload-error">{state.message}</Alert>
      ) : null}
    </div>
  );
}
