'use client';

import { Camera, FileUp } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ChecklistItem } from '../dossier/queries';
import { formatDay } from '@/lib/format';
import type { DossierDocument } from './queries';
import { DOCUMENT_RULES, fileProblem } from './schema';
import { useSlotState } from './slot-state';
import { UploadStatus } from './upload-status';
import { useDocumentUpload } from './use-document-upload';

const TO_PROVIDE = new Set(['missing', 'rejected', 'expired']);

type ChecklistSlotProps = {
  dossierId: string;
  item: ChecklistItem;
  /** The document the checklist counts for this kind (its latest), to show a refusal's reason. */
  document: DossierDocument | undefined;
};

/**
 * One required document: what is needed, where it stands (a refusal's reason, the expiry), and
 * its own upload, so the kind is always the slot's. On a touch screen the camera is offered too.
 */
export function ChecklistSlot({ dossierId, item, document }: ChecklistSlotProps) {
  const t = useTranslations('documents');
  const stateOf = useSlotState();
  const upload = useDocumentUpload(dossierId);
  const [expiresOn, setExpiresOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const expiryId = useId();
  const busy = upload.state.phase === 'uploading';
  const state = stateOf(item.state);
  const needs = t.has(`needs.${item.kind}` as never) ? t(`needs.${item.kind}` as never) : t('needs.default');

  const receive = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file may be chosen again after a failure
    if (!file) return;
    const found = fileProblem(file);
    setProblem(found ? t(found, { name: file.name }) : null);
    if (!found) void upload.start(file, { kind: item.kind, expiresOn });
  };
  // The slot's name completes each button's accessible name ("Choisir un fichier : Passeport").
  const forSlot = <span className="sr-only"> : {item.label}</span>;

  return (
    <li className="space-y-3 py-4" aria-labelledby={headingId} data-test="checklist-slot" data-kind={item.kind} data-state={item.state}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 id={headingId} className="font-medium text-slate-900">{item.label}</h4>
        <Badge tone={state.tone}><span data-test="slot-state">{state.label}</span></Badge>
      </div>
      <p className="text-sm text-slate-700">{needs}</p>
      {item.expires_on && item.state !== 'missing' ? (
        <p className={item.state === 'expired' ? 'text-sm font-medium text-red-800' : 'text-sm text-slate-700'} data-test="slot-expiry">
          {t(item.state === 'expired' ? 'expiredOn' : 'validUntil', { date: formatDay(item.expires_on) })}
        </p>
      ) : null}
      {item.state === 'rejected' ? (
        <p className="rounded-md bg-red-50 p-2 text-sm text-red-900" data-test="slot-rejection">
          {document?.rejection_reason ? t('refusedBecause', { reason: document.rejection_reason }) : t('refusedNoReason')}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="space-y-1">
          <label htmlFor={expiryId} className="block text-sm font-medium text-slate-900">{t('expiryLabel')}</label>
          <input id={expiryId} type="date" value={expiresOn} disabled={busy} onChange={(event) => setExpiresOn(event.target.value)}
            className="block min-h-11 rounded-md border border-slate-300 px-3 text-slate-900" data-test="slot-expires-on" />
        </div>
        <div className="flex flex-wrap gap-2">
          {/* The camera only where a finger points: phones and tablets (a wrapper, as the button sets its own display). */}
          <span className="hidden pointer-coarse:inline-flex">
            <Button variant={TO_PROVIDE.has(item.state) ? 'primary' : 'secondary'} disabled={busy}
              onClick={() => camera.current?.click()} data-test="slot-take-photo">
              <Camera aria-hidden="true" className="size-4" />{t('takePhoto')}{forSlot}
            </Button>
          </span>
          <Button variant={TO_PROVIDE.has(item.state) ? 'primary' : 'secondary'} disabled={busy}
            onClick={() => picker.current?.click()} data-test="slot-choose-file">
            <FileUp aria-hidden="true" className="size-4" />
            {busy ? t('sending') : TO_PROVIDE.has(item.state) ? t('chooseFile') : t('replace')}{forSlot}
          </Button>
        </div>
      </div>
      <p className="text-sm text-slate-600">{t('limits')} {t('sendsAtOnce')}</p>
      {/* The real inputs, reached through the buttons (one tab stop, one accessible name each). */}
      <input ref={picker} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" accept={DOCUMENT_RULES.accept.join(',')}
        onChange={(event) => receive(event.currentTarget)} data-test="slot-file-input" />
      <input ref={camera} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" accept="image/*" capture="environment"
        onChange={(event) => receive(event.currentTarget)} data-test="slot-camera-input" />
      {problem ? <p role="alert" className="text-sm font-medium text-red-700" data-test="slot-problem">{problem}</p> : null}
      <UploadStatus state={upload.state} onCancel={upload.cancel} />
    </li>
  );
}
