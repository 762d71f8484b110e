// The two languages of CAPITUNE, for every runtime that speaks to people: French first (the
// default), English second. accounts.locale holds a tag (fr-CA, fr-FR, en-CA) whose language is one
// of these; a request without a known tag gets French.

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

/** A sentence in both languages. */
export type Sentence = Record<Language, string>;

/**
 * The language of an Accept-Language header (RFC 9110 §12.5.4): the highest-weighted French or
 * English range wins; French when neither is listed or both weigh the same.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  let best: { language: Language; weight: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const language = range.split('-')[0];
    if (language !== 'fr' && language !== 'en') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (!best || weight > best.weight) best = { language, weight };
  }
  return best?.language ?? 'fr';
}
