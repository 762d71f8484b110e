import { useId } from 'react';
import { formatNumber } from '@/features/admin-common';
import { ChartCard } from './chart-card';
import { weeklyPanels } from './chart-data';
import { ColumnChart } from './column-chart';
import type { AnalyticsCharts } from './schema';

/** Weekly activity as small multiples: one column chart per metric, so no colour has to be told apart. */
export function WeeklyActivity({ chart }: { chart: AnalyticsCharts['weekly_activity'] }) {
  const { panels, table } = weeklyPanels(chart);
  return (
    <ChartCard
      title={chart.title}
      summary={`Les ${chart.labels.length} dernières semaines, un graphique par type d’activité.`}
      testId="chart-weekly"
      table={table}
      chart={() => (
        <div className="grid grid-cols-1 gap-6 sm:grid-cols-2">
          {panels.map(({ key, ...panel }) => <Panel key={key} labels={chart.labels} {...panel} />)}
        </div>
      )}
    />
  );
}

function Panel({ label, values, total, summary, labels }: { label: string; values: number[]; total: number; summary: string; labels: string[] }) {
  const titleId = useId();
  const descId = useId();
  return (
    <div>
      <h3 id={titleId} className="font-medium text-slate-900">{label} <span className="font-normal text-slate-700">— {formatNumber(total)}</span></h3>
      <p id={descId} className="sr-only">{summary}</p>
      <ColumnChart labels={labels} values={values} unit={label.toLowerCase()} titleId={titleId} descId={descId} />
    </div>
  );
}
