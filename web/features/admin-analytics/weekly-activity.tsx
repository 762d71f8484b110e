import { useId } from 'react';
import { fill, useAdminFormat, useAdminText } from '@/features/admin-common';
import { ChartCard } from './chart-card';
import { chartTitle, weeklyPanels } from './chart-data';
import { ColumnChart } from './column-chart';
import type { AnalyticsCharts } from './schema';

/** Weekly activity as small multiples: one column chart per metric, so no colour has to be told apart. */
export function WeeklyActivity({ chart }: { chart: AnalyticsCharts['weekly_activity'] }) {
  const { admin: { analytics: text }, labels: enumLabels } = useAdminText();
  const format = useAdminFormat();
  const words = { text, labels: enumLabels, format };
  const { labels, panels, table } = weeklyPanels(chart, words);
  return (
    <ChartCard
      title={chartTitle(words, 'weekly_activity', chart.title)}
      summary={fill(text.weeklyText, { count: labels.length })}
      testId="chart-weekly"
      table={table}
      chart={() => (
        <div className="grid grid-cols-1 gap-6 sm:grid-cols-2">
          {panels.map(({ key, ...panel }) => <Panel key={key} labels={labels} {...panel} />)}
        </div>
      )}
    />
  );
}

function Panel({ label, values, total, summary, labels }: { label: string; values: number[]; total: number; summary: string; labels: string[] }) {
  const format = useAdminFormat();
  const titleId = useId();
  const descId = useId();
  return (
    <div>
      <h3 id={titleId} className="font-medium text-slate-900">{label} <span className="font-normal text-slate-700">— {format.number(total)}</span></h3>
      <p id={descId} className="sr-only">{summary}</p>
      <ColumnChart labels={labels} values={values} unit={label.toLowerCase()} titleId={titleId} descId={descId} />
    </div>
  );
}
