import type { Messages } from '@/i18n/messages';

/**
 * The namespaces the case file's client components read (their own, the shared forms' and error
 * sentences), for next-intl's client provider on the dossier page: the whole signed-in set was
 * 34 KB of the page's 57 KB of React payload, parsed before hydration.
 */
export function caseFileMessages({ caseFile, chat, consultant, documents, labels, nextStep, problems, statusGuide, submitDossier, tasks, validation }: Messages) {
  return { caseFile, chat, consultant, documents, labels, nextStep, problems, statusGuide, submitDossier, tasks, validation };
}
