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
  messages: 'Messages in your applications',
  dossiers: 'Application and document updates',
  tasks: 'Tasks and due-date reminders',
  events: 'Live sessions',
  community: 'Inside community',
};

/** The name of a dossier status inside an English sentence, or the value itself when it is unknown. */
export function dossierStatusInSentenceEn(value: string): string {
  const label = (dossierStatusLabelsEn as Record<string, string>)[value];
  return label ? label.toLocaleLowerCase('en') : value;
}

/**
 * The English names of public.document_kinds, by code (the table's `label` is the French name and
 * `label_en` this one, which the refusals use; a database test holds the two lists equal).
 */
export const documentKindLabelsEn: Record<string, string> = {
  passport: 'Passport',
  photo: 'ID photo',
  birth_certificate: 'Birth certificate',
  language_test: 'Language test results (TEF, TCF, IELTS, CELPIP)',
  education_assessment: 'Educational credential assessment (ECA)',
  employment_letter: 'Employer letter or job offer',
  proof_of_funds: 'Proof of funds',
  police_certificate: 'Police certificate',
  medical_exam: 'Medical exam',
  acceptance_letter: 'Letter of acceptance from a school',
  quebec_certificate: 'Quebec selection or acceptance certificate (CSQ, CAQ)',
  marriage_certificate: 'Marriage certificate or proof of union',
  sponsor_income: 'Sponsor’s proof of income',
  travel_history: 'Travel history',
  tax_documents: 'Tax notice of assessment',
  physical_presence: 'Proof of physical presence in Canada',
};
