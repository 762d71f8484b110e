import type { Messages } from '@/i18n/messages';

/**
 * The namespaces Inside's client components read (their own, error sentences, form validation),
 * for next-intl's client provider: the whole signed-in set is ~35 KiB of the feed's HTML.
 */
export function insideMessages({ inside, problems, validation }: Messages) {
  return { inside, problems, validation };
}
