import { useTranslations } from 'next-intl';
import type { BadgeTone } from '@/components/ui/badge';
import { checklistTone, type DocumentStatus } from './labels';

const REVIEW_STATES: readonly string[] = ['pending', 'approved', 'rejected'] satisfies DocumentStatus[];

/** What a checklist state is called in the viewer's language (a review status, or missing / expiring / expired), with its tone. */
export function useSlotState(): (state: string) => { label: string; tone: BadgeTone } {
  const review = useTranslations('labels.documentStatus');
  const t = useTranslations('documents.state');
  return (state) => {
    const tone = checklistTone(state);
    if (REVIEW_STATES.includes(state)) return { label: review(state as DocumentStatus), tone };
    return { label: t(state === 'expiring' || state === 'expired' ? state : 'missing'), tone };
  };
}
