import type { ReactNode } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'scheduled';

// Text colours keep 4.5:1 on their tinted backgrounds.
const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800',
  info: 'bg-brand-50 text-brand-800',
  success: 'bg-green-50 text-green-800',
  warning: 'bg-amber-50 text-amber-900',
  danger: 'bg-red-50 text-red-800',
  // A Live that is on (scheduled, in progress): a status, so not the unread counters' brand blue.
  scheduled: 'bg-teal-100 text-teal-900',
};

/** A short status label; the meaning is in the text, never in the colour alone. */
export function Badge({ tone = 'neutral', className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return (
    <span className={cn('inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium', tones[tone], className)}>
      {children}
    </span>
  );
}
