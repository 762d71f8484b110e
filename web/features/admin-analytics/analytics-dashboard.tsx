'use client';

import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { formatDateTime, formatNumber, LoadError, LoadingRows, plural } from '@/features/admin-common';
import { formatQuantity } from '@/lib/format';
import { BarChart } from './bar-chart';
import { ChartCard, LegendItem } from './chart-card';
import { dossiersChart, eventsChart, usersChart } from './chart-data';
import type { AnalyticsTotals } from './schema';
import { useAnalytics } from './use-analytics';
import { WeeklyActivity } from './weekly-activity';

export function AnalyticsDashboard() {
  const { data, error, isPending, isFetching, refetch } = useAnalytics();
  if (isPending) return <LoadingRows label="Chargement des statistiques…" rows={6} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;

  const { charts, totals } = data;
  const users = usersChart(charts.users_by_role);
  const dossiers = dossiersChart(charts.dossiers_by_status);
  const events = eventsChart(charts.event_fill);
  return (
    <div className="space-y-6" data-test="analytics-dashboard">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">Données du {formatDateTime(data.analytics.generated_at)}</p>
        <Button variant="secondary" size="sm" loading={isFetching} onClick={() => void refetch()}>
          <RefreshCw aria-hidden="true" className="size-4" />Actualiser
        </Button>
      </div>
      <Totals totals={totals} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartCard title={charts.users_by_role.title} summary={users.summary} table={users.table} testId="chart-users"
          chart={(ids) => <BarChart rows={users.rows} max={users.max} {...ids} />}
          legend={<div className="flex flex-wrap gap-4">
            <LegendItem swatch="bg-brand-700" label="Actifs" />
            <LegendItem swatch="bg-amber-100 border border-amber-800 bg-[repeating-linear-gradient(45deg,var(--color-amber-800)_0_2px,transparent_2px_5px)]" label="Suspendus (hachuré)" />
          </div>} />
        <ChartCard title={charts.dossiers_by_status.title} summary={dossiers.summary} table={dossiers.table} testId="chart-dossiers"
          chart={(ids) => <BarChart rows={dossiers.rows} max={dossiers.max} {...ids} />} />
      </div>
      <WeeklyActivity chart={charts.weekly_activity} />
      <ChartCard title={charts.event_fill.title} summary={events.summary} table={events.table} testId="chart-events"
        chart={(ids) => <BarChart rows={events.rows} max={events.max} valueBelow {...ids} />} />
    </div>
  );
}

function Totals({ totals }: { totals: AnalyticsTotals }) {
  const items = [
    { label: 'Membres', value: formatNumber(totals.users), hint: plural(totals.suspended_users, 'compte suspendu', 'comptes suspendus') },
    { label: 'Actifs sur 7 jours', value: formatNumber(totals.active_last_7_days), hint: `${formatNumber(totals.active_last_30_days)} sur 30 jours` },
    { label: 'Dossiers', value: formatNumber(totals.dossiers), hint: `${plural(totals.documents_awaiting_review, 'document', 'documents')} à examiner` },
    {
      label: 'Délai médian de décision',
      value: totals.median_days_to_decision === null ? '—' : formatQuantity(totals.median_days_to_decision, 'j'),
      hint: 'de la soumission à la décision',
    },
  ];
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4" data-test="analytics-totals">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm font-medium text-slate-700">{item.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900">{item.value}</dd>
          <dd className="text-sm text-slate-600">{item.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
