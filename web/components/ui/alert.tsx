import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from './cn';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

// Lucide's info, circle-check, triangle-alert and circle-x outlines (ISC licence) as plain SVG:
// alerts sit in the public forms, whose first load would otherwise carry lucide-react's runtime.
const marks: Record<AlertTone, ReactNode> = {
  info: <><circle cx="12" cy="12" r="10" /><path d="M12 16v-4" /><path d="M12 8h.01" /></>,
  success: <><circle cx="12" cy="12" r="10" /><path d="m16 9-5.5 5.5L8 12" /></>,
  warning: <><path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3" /><path d="M12 9v4" /><path d="M12 17h.01" /></>,
  danger: <><circle cx="12" cy="12" r="10" /><path d="m15 9-6 6" /><path d="m9 9 6 6" /></>,
};

const boxes: Record<AlertTone, string> = {
  info: 'border-brand-200 bg-brand-50 text-brand-900',
  success: 'border-green-200 bg-green-50 text-green-900',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  danger: 'border-red-200 bg-red-50 text-red-900',
};

/** An inline message; errors interrupt screen readers (role=alert), the rest wait (status). */
type AlertProps = Omit<ComponentPropsWithoutRef<'div'>, 'title' | 'role'> & { tone?: AlertTone; title?: ReactNode };

export function Alert({ tone = 'info', title, children, className, ...rest }: AlertProps) {
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={cn('flex gap-3 rounded-md border p-4 text-sm', boxes[tone], className)} {...rest}>
      <svg aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor"
        strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className="mt-0.5 size-5 shrink-0">
        {marks[tone]}
      </svg>
      <div className="space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
