import type { ComponentPropsWithRef } from 'react';
import { controlClasses, FieldShell, useFieldIds, type FieldProps } from './field';

export type TextareaProps = FieldProps & Omit<ComponentPropsWithRef<'textarea'>, 'id'>;

export function Textarea({ label, hint, error, required, id, className, rows = 4, ...rest }: TextareaProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} ids={ids}>
      <textarea
        id={ids.inputId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        className={controlClasses(Boolean(error), className)}
        {...rest}
      />
    </FieldShell>
  );
}
