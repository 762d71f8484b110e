import type { ReactNode } from 'react';

/**
 * The frame of an admin table. From the md breakpoint it is a plain table, scrolling sideways if
 * the window is narrower than its columns; the region is focusable and named so keyboard users can
 * scroll it too (WCAG 2.1.1).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
      {children}
    </div>
  );
}

// Below md the table stacks instead: each row becomes a card and each cell shows its column's name,
// taken from its data-label, above its value. The header row stays for screen readers only.
export const table = 'w-full border-collapse max-md:block';
export const thead = 'border-b border-slate-200 bg-slate-50 max-md:sr-only';
export const tbody = 'max-md:block';
export const tr = 'border-b border-slate-100 last:border-0 max-md:block max-md:py-2';
export const th = 'px-4 py-3 text-left text-sm font-semibold text-slate-900';
export const td = 'px-4 py-3 text-left align-top text-sm text-slate-800 max-md:block max-md:py-1.5 '
  + 'max-md:before:block max-md:before:text-xs max-md:before:font-medium max-md:before:text-slate-600 max-md:before:content-[attr(data-label)]';
