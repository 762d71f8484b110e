'use client';

import { CircleCheck } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { progressClasses } from '../progress-classes';
import type { UploadState } from './use-document-upload';

// Screen readers hear the progress at these steps, not at every percent.
const MILESTONES = [25, 50, 75];

/** Announcement for screen readers: start, each quarter, the end (a polite live region). */
function useAnnouncement(state: UploadState): string {
  const [message, setMessage] = useState('');
  const lastStep = useRef(-1);
  useEffect(() => {
    if (state.phase === 'uploading') {
      const step = MILESTONES.filter((m) => state.percent >= m).length;
      if (state.percent === 0 && lastStep.current !== 0) {
        lastStep.current = 0;
        setMessage(`Envoi de « ${state.fileName} » commencé.`);
      } else if (step > lastStep.current && step > 0) {
        lastStep.current = step;
        setMessage(`Envoi de « ${state.fileName} » : ${MILESTONES[step - 1]} %.`);
      }
      return;
    }
    lastStep.current = -1;
    if (state.phase === 'done') setMessage(`« ${state.fileName} » est envoyé. Il attend l'examen de votre professionnel.`);
    if (state.phase === 'cancelled') setMessage(`Envoi de « ${state.fileName} » annulé.`);
  }, [state]);
  return message;
}

/** The visible progress bar with a cancel button, and what assistive technologies hear. */
export function UploadStatus({ state, onCancel }: { state: UploadState; onCancel: () => void }) {
  const labelId = useId();
  const announcement = useAnnouncement(state);
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="sr-only" data-test="upload-announcement">{announcement}</p>
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
