import { documentKindLabelsEn } from '@contract/labels-en';
import { useLocale } from 'next-intl';
import { languageOf, type Language } from '@/i18n/locales';

/**
 * A document kind's name in `language`: public.document_kinds.label is the French one (the
 * notifications' too), the contract holds the English ones by code; an unknown code keeps its label.
 */
export function documentKindName(code: string | null, label: string, language: Language): string {
  return language === 'en' && code ? documentKindLabelsEn[code] ?? label : label;
}

/** documentKindName in the viewer's language. */
export function useDocumentKindName(): (code: string | null, label: string) => string {
  const language = languageOf(useLocale());
  return (code, label) => documentKindName(code, label, language);
}
