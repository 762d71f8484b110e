'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { fill, useAdminFormat, useAdminText } from '@/features/admin-common';
import { StatusPill } from '@/features/case-file';
import { dossierPath } from '@/lib/routes';
import type { AdminDossier, ProOption } from './queries';

export type AssignmentRequest = { dossier: AdminDossier; proId: string | null; proName: string | null };

type RowProps = { dossier: AdminDossier; pros: ProOption[]; pending: boolean; onAssign: (request: AssignmentRequest) => void };

export function DossierAssignmentRow({ dossier, pros, pending, onAssign }: RowProps) {
  const { admin: { dossiers: text }, labels } = useAdminText();
  const format = useAdminFormat();
  const [choice, setChoice] = useState(dossier.pro_id ?? '');
  const options = [{ value: '', label: text.noPro }, ...pros.map((p) => ({ value: p.id, label: p.full_name }))];
  // A pro who is no longer active still shows as the current one.
  if (dossier.pro_id && !pros.some((p) => p.id === dossier.pro_id)) options.push({ value: dossier.pro_id, label: fill(text.inactive, { name: dossier.pro?.full_name ?? text.pro }) });
  const chosenName = choice ? options.find((o) => o.value === choice)?.label ?? null : null;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-test="dossier-row" data-dossier-id={dossier.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 className="font-semibold text-slate-900">
            <Link href={dossierPath(dossier.id)} prefetch={false} className="inline-flex min-h-6 items-center" data-test="dossier-open">
              {dossier.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {dossier.candidate?.full_name ?? text.candidate} · {labels.program[dossier.program_type]} · {fill(text.updated, { date: format.date(dossier.updated_at) })}
          </p>
          <p className="text-sm text-slate-700" data-test="dossier-current-pro">
            {text.proLine}{dossier.pro?.full_name ?? <span className="font-medium">{text.nobody}</span>}
          </p>
        </div>
        <StatusPill status={dossier.status} label={labels.dossierStatus[dossier.status]} />
      </div>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => { event.preventDefault(); onAssign({ dossier, proId: choice || null, proName: chosenName }); }}
      >
        <div className="min-w-56 flex-1">
          <Select label={fill(text.assignTo, { title: dossier.title })} options={options} value={choice}
            onChange={(event) => setChoice(event.currentTarget.value)} data-test="dossier-pro-select" />
        </div>
        <Button type="submit" variant="secondary" loading={pending} disabled={choice === (dossier.pro_id ?? '')} data-test="dossier-assign">
          {text.save}
        </Button>
      </form>
    </li>
  );
}
