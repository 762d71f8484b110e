import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { CaseTime } from '../case-time';
import type { Dossier } from './queries';

/** The dossier's facts: program, people, dates and the candidate's description. */
export function DossierSummary({ dossier }: { dossier: Dossier }) {
  const t = useTranslations('caseFile.summary');
  const labels = useTranslations('labels');
  const facts = [
    { term: t('program'), detail: labels(`program.${dossier.program_type}`) },
    { term: t('candidate'), detail: dossier.candidate?.full_name ?? '—' },
    { term: t('consultant'), detail: dossier.pro?.full_name ?? t('noConsultant') },
    { term: t('created'), detail: <CaseTime iso={dossier.created_at} /> },
    ...(dossier.submitted_at ? [{ term: t('submitted'), detail: <CaseTime iso={dossier.submitted_at} /> }] : []),
    ...(dossier.decided_at ? [{ term: t('decided'), detail: <CaseTime iso={dossier.decided_at} /> }] : []),
  ];
  return (
    <Card title={t('title')}>
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
          <h3 className="text-sm font-medium text-slate-600">{t('description')}</h3>
          <p className="mt-1 whitespace-pre-wrap text-slate-900">{dossier.description}</p>
        </div>
      ) : null}
    </Card>
  );
}
