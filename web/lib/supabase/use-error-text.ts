'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { languageOf } from '@/i18n/locales';
import { describeError } from './errors';
import { explain, UserFacingError } from './explain-error';

/**
 * Errors as sentences in the viewer's language: `describe` for a failed read, `explain` for a
 * failed write (it may read the sentence of the constraint the error names). Our code's refusals
 * are said by their `problems` message; the database's own sentences come as it raised them.
 */
export function useErrorText() {
  const language = languageOf(useLocale());
  const t = useTranslations('problems');
  return useMemo(() => {
    const describe = (error: unknown) => (error instanceof UserFacingError ? t(error.problem) : describeError(error, language));
    const explainIt = async (error: unknown) => (error instanceof UserFacingError ? t(error.problem) : explain(error, language));
    return { describe, explain: explainIt, language };
  }, [language, t]);
}
