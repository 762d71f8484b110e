// A small column chart (one metric over the weeks) in SVG; first and last week are labelled under
// the axis, each column's <title> names its week and value.

const WIDTH = 300;
const HEIGHT = 130;
const PLOT_TOP = 18;
const PLOT_BOTTOM = 104;

type ColumnChartProps = { labels: string[]; values: number[]; unit: string; titleId: string; descId: string };

export function ColumnChart({ labels, values, unit, titleId, descId }: ColumnChartProps) {
  const max = Math.max(...values, 1);
  const slot = WIDTH / Math.max(values.length, 1);
  const plotHeight = PLOT_BOTTOM - PLOT_TOP;
  return (
    <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-md">
      <text x={0} y={11} className="fill-slate-600 text-[11px]">{`max. ${max}`}</text>
      <line x1={0} x2={WIDTH} y1={PLOT_TOP} y2={PLOT_TOP} className="stroke-slate-200" strokeDasharray="3 3" />
      {values.map((value, index) => {
        const height = (value / max) * plotHeight;
        return (
          <g key={labels[index] ?? index}>
            <title>{`${labels[index] ?? ''} : ${value} ${unit}`}</title>
            <rect x={index * slot + slot * 0.15} y={PLOT_BOTTOM - height} width={slot * 0.7} height={Math.max(height, value > 0 ? 2 : 0)} rx={2} className="fill-brand-700" />
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} className="stroke-slate-500" />
      <text x={0} y={HEIGHT - 6} className="fill-slate-700 text-[11px]">{labels[0] ?? ''}</text>
      <text x={WIDTH} y={HEIGHT - 6} textAnchor="end" className="fill-slate-700 text-[11px]">{labels[labels.length - 1] ?? ''}</text>
    </svg>
  );
}
