import { Check } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { DossierStatus } from './labels';
import { StatusBadge } from './status-badge';
import { pathStepOf, STATUS_PATH } from './status-style';

/** The dossier's path (draft → submitted → in review → decision → closed), where it stands, and in
 * one plain sentence what its status means and what happens next, for the candidate or the staff. */
export function StatusGuide({ status, forStaff }: { status: DossierStatus; forStaff: boolean }) {
  const t = useTranslations('statusGuide');
  const current = STATUS_PATH.indexOf(pathStepOf(status));
  return (
    <Card title={t('title')}>
      <div data-test="status-guide" data-status={status}>
        <ol aria-label={t('pathLabel')} className="grid grid-cols-5 gap-1" data-test="status-path">
          {STATUS_PATH.map((step, index) => {
            const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
            return (
              <li key={step} className="flex flex-col items-center gap-1 text-center" data-test="status-path-step" data-state={state}
                aria-current={state === 'current' ? 'step' : undefined}>
                <span aria-hidden="true" className={
                  state === 'done' ? 'flex size-7 items-center justify-center rounded-full bg-slate-700 text-white'
                    : state === 'current' ? 'flex size-7 items-center justify-center rounded-full border-2 border-slate-900 bg-white text-sm font-bold text-slate-900'
                      : 'flex size-7 items-center justify-center rounded-full border-2 border-dashed border-slate-400 bg-white text-sm text-slate-600'
                }>
                  {state === 'done' ? <Check className="size-4" /> : index + 1}
                </span>
                <span className={state === 'current' ? 'text-xs font-semibold text-slate-900 sm:text-sm' : 'text-xs text-slate-700 sm:text-sm'}>
                  {t(`step.${step}`)}
                </span>
                <span className="sr-only">({t(state)})</span>
              </li>
            );
          })}
        </ol>
        {/* On phones the pill sits above its sentence, which keeps the card's full width. */}
        <div className="mt-4 flex flex-col items-start gap-2 sm:flex-row" data-test="status-explained-row">
          <span className="shrink-0"><StatusBadge status={status} /></span>
          <p className="min-w-0 text-slate-800 sm:flex-1" data-test="status-explained">
            {t(`${forStaff ? 'staff' : 'candidate'}.${status}`)}
          </p>
        </div>
      </div>
    </Card>
  );
}
