import { CircleCheck, CircleX, Info, TriangleAlert } from 'lucide-react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from './cn';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const tones = {
  info: { box: 'border-brand-200 bg-brand-50 text-brand-900', Icon: Info },
  success: { box: 'border-green-200 bg-green-50 text-green-900', Icon: CircleCheck },
  warning: { box: 'border-amber-200 bg-amber-50 text-amber-900', Icon: TriangleAlert },
  danger: { box: 'border-red-200 bg-red-50 text-red-900', Icon: CircleX },
} as const;

/** An inline message; errors interrupt screen readers (role=alert), the rest wait (status). */
type AlertProps = Omit<ComponentPropsWithoutRef<'div'>, 'title' | 'role'> & { tone?: AlertTone; title?: ReactNode };

export function Alert({ tone = 'info', title, children, className, ...rest }: AlertProps) {
  const { box, Icon } = tones[tone];
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={cn('flex gap-3 rounded-md border p-4 text-sm', box, className)} {...rest}>
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
