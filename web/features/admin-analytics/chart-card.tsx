import { useId, type ReactNode } from 'react';
import { useAdminText } from '@/features/admin-common';

export type DataTable = { caption: string; columns: string[]; rows: (string | number)[][] };

type ChartCardProps = {
  title: string;
  /** One or two sentences that say what the chart shows (also the SVG's description). */
  summary: string;
  /** The SVG, labelled by the ids it receives. */
  chart: (ids: { titleId: string; descId: string }) => ReactNode;
  table: DataTable;
  legend?: ReactNode;
  testId: string;
};

/**
 * A chart with its text alternatives: a heading, a summary that is also the SVG's description,
 * and the same figures as a data table under a disclosure (native <details>, no script needed).
 */
export function ChartCard({ title, summary, chart, table, legend, testId }: ChartCardProps) {
  const text = useAdminText().admin.analytics;
  const headingId = useId();
  const titleId = useId();
  const descId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-test={testId}>
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">{title}</h2>
      <p id={descId} className="mt-1 text-sm text-slate-700">{summary}</p>
      <span id={titleId} hidden>{title}</span>
      <div className="mt-4">{chart({ titleId, descId })}</div>
      {legend ? <div className="mt-3">{legend}</div> : null}
      <details className="mt-4 text-sm" data-test={`${testId}-table`}>
        <summary className="inline-flex min-h-9 cursor-pointer items-center font-medium text-brand-800">{text.tableToggle}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>{table.columns.map((column, index) => (
                <th key={column} scope="col" className={`border-b border-slate-200 px-1 py-1.5 font-semibold sm:px-2 ${index > 0 ? 'text-right' : ''}`}>{column}</th>
              ))}</tr>
            </thead>
            <tbody>
              {table.rows.map(([head, ...cells], rowIndex) => (
                <tr key={`${head}-${rowIndex}`} className="border-b border-slate-100">
                  <th scope="row" className="px-1 py-1.5 font-normal sm:px-2">{head}</th>
                  {cells.map((cell, index) => <td key={index} className="px-1 py-1.5 text-right tabular-nums sm:px-2">{cell}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** A legend entry: a swatch (decorative) and the words that carry the meaning. */
export function LegendItem({ swatch, label }: { swatch: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-2 text-sm text-slate-700">
      <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${swatch}`} />
      {label}
    </span>
  );
}
