'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useAuthText } from './auth-text';
import type { FieldErrors } from './form-fields';
import type { BrowserOutcome } from './in-browser';
import { errorSentence, fieldSentence } from './sentences';

type Options = {
  /** The error key the page got from the server action (the same form sent without JavaScript). */
  initialError?: string | null;
  /** After a step that stays on the page (an email sent, a password changed). */
  onSent?: (form: HTMLFormElement) => void;
  /** After Auth refused the form (e.g. to empty a code that must be typed again). */
  onRefused?: (form: HTMLFormElement) => void;
};

/**
 * State of an auth form whose browser path is `submit` (in-browser.ts, loaded on demand): field
 * errors (the first one focused), the form's sentence, pending, and what was sent. Errors are
 * kept as keys and said in the page's language.
 */
export function useBrowserSubmit(submit: (form: FormData) => Promise<BrowserOutcome>, { initialError = null, onSent, onRefused }: Options = {}) {
  const router = useRouter();
  const text = useAuthText();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setFormError(null);
    const outcome = await submit(new FormData(form)).catch((): BrowserOutcome => ({ formError: 'network' }));
    if ('goTo' in outcome) {
      router.replace(outcome.goTo);
      router.refresh();
      return; // stays pending while the next page loads
    }
    setPending(false);
    const fieldErrors = 'errors' in outcome ? outcome.errors ?? {} : {};
    setErrors(fieldErrors);
    if ('sent' in outcome) {
      setSent(true);
      onSent?.(form);
      return;
    }
    setFormError(outcome.formError ?? null);
    if (outcome.formError) onRefused?.(form);
    const first = Object.keys(fieldErrors)[0];
    if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
  };

  const sentences: FieldErrors = {};
  for (const [name, key] of Object.entries(errors)) if (key) sentences[name] = fieldSentence(text, key);
  return { onSubmit, errors: sentences, formError: formError ? errorSentence(text, formError) : null, pending, sent, text };
}
