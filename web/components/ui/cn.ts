/** Joins class names, skipping falsy parts (no dependency needed for this). */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** The one visible focus indicator (WCAG 2.4.7 / 2.4.13): a 2px ring offset from the control. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';
