import type { ComponentPropsWithRef } from 'react';
import { controlClasses, FieldShell, useFieldIds, type FieldProps } from './field';

export type InputProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'id'>;

/** A labelled text input; the hint and error are announced with it (aria-describedby). */
export function Input({ label, hint, error, required, id, className, ...rest }: InputProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} ids={ids}>
      <input
        id={ids.inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        className={controlClasses(Boolean(error), className)}
        {...rest}
      />
    </FieldShell>
  );
}
