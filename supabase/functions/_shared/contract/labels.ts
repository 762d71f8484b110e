// The French names of the database's enum values, for every runtime that shows them: web pages,
// emails, the admin charts. Keys are the enum values (a database test holds them equal, and holds
// private.dossier_status_label, which writes the notifications, to these names).

export const dossierStatusLabels = {
  draft: 'Brouillon',
  submitted: 'Soumis',
  in_review: 'En révision',
  action_required: 'Action requise',
  approved: 'Approuvé',
  rejected: 'Refusé',
  closed: 'Clos',
} as const;

export const documentStatusLabels = {
  pending: 'En vérification',
  approved: 'Approuvé',
  rejected: 'Refusé',
} as const;

export const eventStatusLabels = {
  scheduled: 'Programmé',
  cancelled: 'Annulé',
  completed: 'Terminé',
} as const;

export const registrationStatusLabels = {
  registered: 'Inscrit',
  waitlisted: 'Liste d’attente',
} as const;

export const roleLabels = {
  candidate: 'Candidat',
  pro: 'Consultant',
  admin: 'Administrateur',
} as const;

export const accountStatusLabels = {
  active: 'Actif',
  suspended: 'Suspendu',
} as const;

export const taskStatusLabels = {
  open: 'À faire',
  submitted: 'Document déposé',
  done: 'Terminée',
  cancelled: 'Annulée',
} as const;

/** The kinds of email a member chooses in their profile (public.email_kind). */
export const emailKindLabels = {
  security: 'Sécurité du compte',
  account: 'Gestion du compte',
  messages: 'Messages de vos dossiers',
  dossiers: 'Suivi des dossiers et documents',
  tasks: 'Tâches et rappels d’échéance',
  events: 'Les Live',
  community: 'Communauté Inside',
} as const;

export type DossierStatus = keyof typeof dossierStatusLabels;
export type DocumentStatus = keyof typeof documentStatusLabels;
export type EventStatus = keyof typeof eventStatusLabels;
export type RegistrationStatus = keyof typeof registrationStatusLabels;
export type UserRole = keyof typeof roleLabels;
export type AccountStatus = keyof typeof accountStatusLabels;
export type TaskStatus = keyof typeof taskStatusLabels;
export type EmailKind = keyof typeof emailKindLabels;

/** Security and account emails always go: the database refuses turning them off. */
export const requiredEmailKinds: readonly EmailKind[] = ['security', 'account'];

/** The values of an enum, in the order its labels are listed (the database's order). */
export const valuesOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as K[];

/** A name as it reads inside a sentence: « passé de soumis à en révision ». */
export const inSentence = (label: string) => label.toLocaleLowerCase('fr');

/** The name of a dossier status inside a sentence, or the value itself when it is unknown. */
export function dossierStatusInSentence(value: string): string {
  const label = (dossierStatusLabels as Record<string, string>)[value];
  return label ? inSentence(label) : value;
}
