// The English names of the enum values that emails and the unsubscribe page show, keyed like the
// French ones in labels.ts (the types hold the two lists to the same keys).
import type { dossierStatusLabels, emailKindLabels } from './labels.ts';

export const dossierStatusLabelsEn: Record<keyof typeof dossierStatusLabels, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_review: 'In review',
  action_required: 'Action required',
  approved: 'Approved',
  rejected: 'Rejected',
  closed: 'Closed',
};

export const emailKindLabelsEn: Record<keyof typeof emailKindLabels, string> = {
  security: 'Account security',
  account: 'Account management',
  messages: 'Messages in your files',
  dossiers: 'File and document updates',
  tasks: 'Tasks and due-date reminders',
  events: 'Live events',
  community: 'Inside community',
};

/** The name of a dossier status inside an English sentence, or the value itself when it is unknown. */
export function dossierStatusInSentenceEn(value: string): string {
  const label = (dossierStatusLabelsEn as Record<string, string>)[value];
  return label ? label.toLocaleLowerCase('en') : value;
}
