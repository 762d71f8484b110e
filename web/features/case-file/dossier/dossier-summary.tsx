import { Card } from '@/components/ui/card';
import { CaseTime } from '../case-time';
import type { Dossier } from './queries';
import { PROGRAM_LABELS } from './labels';

/** The dossier's facts: program, people, dates and the candidate's description. */
export function DossierSummary({ dossier }: { dossier: Dossier }) {
  const facts = [
    { term: 'Programme', detail: PROGRAM_LABELS[dossier.program_type] },
    { term: 'Candidat', detail: dossier.candidate?.full_name ?? '—' },
    { term: 'Professionnel', detail: dossier.pro?.full_name ?? 'Pas encore assigné' },
    { term: 'Créé le', detail: <CaseTime iso={dossier.created_at} /> },
    ...(dossier.submitted_at ? [{ term: 'Soumis le', detail: <CaseTime iso={dossier.submitted_at} /> }] : []),
    ...(dossier.decided_at ? [{ term: 'Décision le', detail: <CaseTime iso={dossier.decided_at} /> }] : []),
  ];
  return (
    <Card title="Résumé">
      <dl className="grid gap-4 sm:grid-cols-2">
        {facts.map(({ term, detail }) => (
          <div key={term}>
            <dt className="text-sm font-medium text-slate-600">{term}</dt>
            <dd className="text-slate-900">{detail}</dd>
          </div>
        ))}
      </dl>
      {dossier.description ? (
        <div className="mt-4">
          <h3 className="text-sm font-medium text-slate-600">Description</h3>
          <p className="mt-1 whitespace-pre-wrap text-slate-900">{dossier.description}</p>
        </div>
      ) : null}
    </Card>
  );
}
