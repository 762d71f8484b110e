'use client';

import { useTranslations } from 'next-intl';
import { useAuthText } from './auth-text';
import { fieldSentence } from './sentences';

/**
 * Form schemas answer message keys; this says them in the page's language: a key of `validation`,
 * else of auth.validation (the schemas this feature shares, e.g. fullNameSchema). A message that
 * is no key (a sentence the database gave) is shown as is.
 */
export function useFieldError(): (message: string | undefined) => string | undefined {
  const t = useTranslations('validation');
  const text = useAuthText();
  return (message) => {
    if (!message) return undefined;
    return t.has(message as never) ? t(message as never) : fieldSentence(text, message);
  };
}
