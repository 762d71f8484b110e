import type { ComponentPropsWithRef } from 'react';
import { controlClasses, FieldShell, useFieldIds, type FieldProps } from './field';

export type SelectOption = { value: string; label: string };
export type SelectProps = FieldProps & Omit<ComponentPropsWithRef<'select'>, 'id' | 'children'> & { options: SelectOption[] };

/** A native select: keyboard and screen-reader behaviour come from the platform. */
export function Select({ label, hint, error, required, id, className, options, ...rest }: SelectProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} ids={ids}>
      <select
        id={ids.inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        className={controlClasses(Boolean(error), className)}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </FieldShell>
  );
}
