import { useId } from 'react';

// Horizontal bars drawn in SVG: each row has its label and value written above the bar, so the
// chart reads without colour; the row's <title> repeats both for pointer users.

/** A part of a bar; `hatched` draws it striped so it differs from its neighbour by more than hue. */
export type BarSegment = { value: number; label: string; className?: string; hatched?: boolean };
export type BarRow = { key: string; label: string; valueText: string; segments: BarSegment[]; max?: number };

const WIDTH = 340;
const BAR_TOP = 22;
const BAR_HEIGHT = 14;

type BarChartProps = {
  rows: BarRow[];
  titleId: string;
  descId: string;
  max: number;
  /** Long labels: the value goes on its own line under the bar instead of beside the label. */
  valueBelow?: boolean;
};

export function BarChart({ rows, titleId, descId, max, valueBelow = false }: BarChartProps) {
  const hatchId = useId();
  const rowHeight = valueBelow ? 66 : 46;
  const height = Math.max(rows.length, 1) * rowHeight;
  return (
    <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-md">
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="fill-amber-100" />
          <line x1="0" y1="0" x2="0" y2="6" className="stroke-amber-800" strokeWidth="3" />
        </pattern>
      </defs>
      {rows.map((row, index) => {
        const top = index * rowHeight;
        const scale = row.max ?? max;
        let offset = 0;
        return (
          <g key={row.key}>
            <title>{`${row.label} : ${row.valueText}`}</title>
            <text x={0} y={top + 14} className="fill-slate-900 text-[13px]">{row.label}</text>
            {valueBelow
              ? <text x={0} y={top + BAR_TOP + BAR_HEIGHT + 16} className="fill-slate-700 text-[13px]">{row.valueText}</text>
              : <text x={WIDTH} y={top + 14} textAnchor="end" className="fill-slate-700 text-[13px]">{row.valueText}</text>}
            <rect x={0} y={top + BAR_TOP} width={WIDTH} height={BAR_HEIGHT} rx={3} className="fill-slate-100 stroke-slate-300" strokeWidth={0.5} />
            {row.segments.map((segment) => {
              const width = scale > 0 ? Math.min(segment.value / scale, 1) * WIDTH : 0;
              const x = offset;
              offset += width;
              if (width <= 0) return null;
              return (
                <rect key={segment.label} x={x} y={top + BAR_TOP} width={Math.max(width, 2)} height={BAR_HEIGHT}
                  fill={segment.hatched ? `url(#${hatchId})` : undefined} className={segment.hatched ? undefined : segment.className ?? 'fill-brand-700'} />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
