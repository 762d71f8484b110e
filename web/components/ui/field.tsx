import { useId, type ReactNode } from 'react';
import { cn, focusRing } from './cn';

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  id?: string;
};

export type FieldIds = { inputId: string; hintId?: string; errorId?: string; describedBy?: string };

/** Ids that tie a control to its label, hint and error (read out with the control). */
export function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined): FieldIds {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

export const controlClasses = (invalid: boolean, className?: string) =>
  cn(
    'block w-full min-h-11 rounded-md border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500',
    'disabled:bg-slate-100 disabled:text-slate-500',
    invalid ? 'border-red-700' : 'border-slate-400',
    focusRing,
    className,
  );

/** Label above, hint under the label, then the control, then the error message. */
export function FieldShell({ label, hint, error, required, ids, children }: Omit<FieldProps, 'id'> & { ids: FieldIds; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline gap-1">
        <label htmlFor={ids.inputId} className="text-sm font-medium text-slate-900">{label}</label>
        {/* Outside the label: the control carries aria-required; the asterisk is for sighted users. */}
        {required ? <span aria-hidden="true" className="text-sm text-red-700">*</span> : null}
      </div>
      {hint ? <div id={ids.hintId} className="text-sm text-slate-600">{hint}</div> : null}
      {children}
      {error ? <p id={ids.errorId} className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
