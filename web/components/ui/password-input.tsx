'use client';

import { useState } from 'react';
import { cn, focusRing } from './cn';
import { controlClasses, FieldShell, useFieldIds } from './field';
import type { InputProps } from './input';

/**
 * A password field with a show/hide toggle, named in words (no icon: it sits on the public pages,
 * whose first load is counted). Paste is never blocked (WCAG 3.3.8: password managers and pasting
 * must work).
 */
/** The toggle's words in the page's language: short visible text, full accessible name. */
export type PasswordToggleLabels = { show: string; hide: string; showShort: string; hideShort: string };

export function PasswordInput({ label, hint, error, required, id, className, toggleLabels, ...rest }: Omit<InputProps, 'type'> & { toggleLabels: PasswordToggleLabels }) {
  const ids = useFieldIds(id, hint, error);
  const [visible, setVisible] = useState(false);
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} ids={ids}>
      <div className="relative">
        <input
          id={ids.inputId}
          type={visible ? 'text' : 'password'}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          aria-required={required || undefined}
          className={controlClasses(Boolean(error), cn('pr-24', className))}
          {...rest}
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-label={visible ? toggleLabels.hide : toggleLabels.show}
          aria-controls={ids.inputId}
          className={cn('absolute inset-y-0 right-0 flex min-w-11 items-center justify-center rounded-r-md px-3 text-sm font-medium text-brand-700 hover:text-brand-900', focusRing)}
        >
          {visible ? toggleLabels.hideShort : toggleLabels.showShort}
        </button>
      </div>
    </FieldShell>
  );
}
