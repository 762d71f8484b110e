import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on small screens; the region is focusable and named so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
      {children}
    </div>
  );
}

export const th = 'px-4 py-3 text-left text-sm font-semibold text-slate-900';
export const td = 'px-4 py-3 text-left align-top text-sm text-slate-800';
