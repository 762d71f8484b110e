'use client';

import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { fill, LoadError, LoadingRows, useAdminFormat, useAdminText } from '@/features/admin-common';
import { BarChart } from './bar-chart';
import { ChartCard, LegendItem } from './chart-card';
import { chartTitle, type ChartWords, dossiersChart, eventsChart, usersChart } from './chart-data';
import type { AnalyticsTotals } from './schema';
import { useAnalytics } from './use-analytics';
import { WeeklyActivity } from './weekly-activity';

export function AnalyticsDashboard() {
  const { admin: { analytics: text }, labels } = useAdminText();
  const format = useAdminFormat();
  const words: ChartWords = { text, labels, format };
  const { data, error, isPending, isFetching, refetch } = useAnalytics();
  if (isPending) return <LoadingRows label={text.loading} rows={6} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;

  const { charts, totals } = data;
  const users = usersChart(charts.users_by_role, words);
  const dossiers = dossiersChart(charts.dossiers_by_status, words);
  const events = eventsChart(charts.event_fill, words);
  return (
    <div className="space-y-6" data-test="analytics-dashboard">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">{fill(text.generated, { date: format.dateTime(data.analytics.generated_at) })}</p>
        <Button variant="secondary" size="sm" loading={isFetching} onClick={() => void refetch()}>
          <RefreshCw aria-hidden="true" className="size-4" />{text.refresh}
        </Button>
      </div>
      <Totals totals={totals} words={words} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartCard title={chartTitle(words, 'users_by_role', charts.users_by_role.title)} summary={users.summary} table={users.table} testId="chart-users"
          chart={(ids) => <BarChart rows={users.rows} max={users.max} {...ids} />}
          legend={<div className="flex flex-wrap gap-4">
            <LegendItem swatch="bg-brand-700" label={text.active} />
            <LegendItem swatch="bg-amber-100 border border-amber-800 bg-[repeating-linear-gradient(45deg,var(--color-amber-800)_0_2px,transparent_2px_5px)]" label={text.suspendedHatched} />
          </div>} />
        <ChartCard title={chartTitle(words, 'dossiers_by_status', charts.dossiers_by_status.title)} summary={dossiers.summary} table={dossiers.table} testId="chart-dossiers"
          chart={(ids) => <BarChart rows={dossiers.rows} max={dossiers.max} {...ids} />} />
      </div>
      <WeeklyActivity chart={charts.weekly_activity} />
      <ChartCard title={chartTitle(words, 'event_fill', charts.event_fill.title)} summary={events.summary} table={events.table} testId="chart-events"
        chart={(ids) => <BarChart rows={events.rows} max={events.max} valueBelow {...ids} />} />
    </div>
  );
}

function Totals({ totals, words: { text, format } }: { totals: AnalyticsTotals; words: ChartWords }) {
  const items = [
    { label: text.members, value: format.number(totals.users), hint: format.count(totals.suspended_users, text.suspendedAccounts) },
    { label: text.active7, value: format.number(totals.active_last_7_days), hint: fill(text.on30, { count: format.number(totals.active_last_30_days) }) },
    { label: text.dossiers, value: format.number(totals.dossiers), hint: format.count(totals.documents_awaiting_review, text.toReview) },
    {
      label: text.medianDelay,
      value: totals.median_days_to_decision === null ? '—' : fill(text.days, { count: format.number(totals.median_days_to_decision) }),
      hint: text.submissionToDecision,
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
