'use client';

import { useTranslations } from 'next-intl';
import { useAuthTextIfPlaced } from './auth-text';
import { fieldSentence } from './sentences';

/**
 * Form schemas answer message keys; this says them in the page's language: a key of `validation`,
 * else of auth.validation (the schemas this feature shares, e.g. fullNameSchema). A message that
 * is no key (a sentence the database gave) is shown as is. auth.validation is there only on pages
 * that place the auth sentences (the public forms, /profil); elsewhere every key is of `validation`.
 */
export function useFieldError(): (message: string | undefined) => string | undefined {
  const t = useTranslations('validation');
  const text = useAuthTextIfPlaced();
  return (message) => {
    if (!message) return undefined;
    if (t.has(message as never)) return t(message as never);
    return text ? fieldSentence(text, message) : message;
  };
}
