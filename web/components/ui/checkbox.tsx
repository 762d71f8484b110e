import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cn, focusRing } from './cn';

export type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type'> & { label: ReactNode; error?: string };

/** A checkbox whose whole label is the click target (well over 24px). */
export function Checkbox({ label, error, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={cn('space-y-1', className)}>
      <div className="flex items-start gap-3">
        <input
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          className={cn('mt-0.5 size-6 shrink-0 accent-brand-700', focusRing)}
          {...rest}
        />
        <label htmlFor={inputId} className="min-h-6 text-sm text-slate-900">{label}</label>
      </div>
      {error ? <p id={errorId} className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
