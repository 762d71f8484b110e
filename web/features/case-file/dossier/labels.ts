import { dossierStatusLabels } from '@contract/labels';
import type { Database } from '@/lib/database.types';

// Names and rules of dossiers the pages show, without zod: this module is in first loads.

export type DossierStatus = Database['public']['Enums']['dossier_status'];
export type ProgramType = Database['public']['Enums']['program_type'];

export const PROGRAM_LABELS: Record<ProgramType, string> = {
  express_entry: 'Entrée express',
  quebec_skilled_worker: 'Travailleur qualifié du Québec',
  study_permit: "Permis d'études",
  work_permit: 'Permis de travail',
  family_sponsorship: 'Parrainage familial',
  visitor_visa: 'Visa de visiteur',
  citizenship: 'Citoyenneté canadienne',
};

export const PROGRAM_TYPES = Object.keys(PROGRAM_LABELS) as ProgramType[];

/** Status names as every runtime spells them (the contract; emails and notifications too). */
export const STATUS_LABELS: Record<DossierStatus, string> = dossierStatusLabels;

export const DOSSIER_STATUSES = Object.keys(STATUS_LABELS) as DossierStatus[];

/**
 * The edges the assigned pro or an admin may take, as private.dossier_edge_actor lists them.
 * The database decides; this only chooses which buttons to offer.
 */
const STAFF_EDGES: Partial<Record<DossierStatus, DossierStatus[]>> = {
  submitted: ['in_review'],
  in_review: ['action_required', 'approved', 'rejected'],
  approved: ['closed'],
  rejected: ['closed'],
};

export function staffTransitions(from: DossierStatus): DossierStatus[] {
  return STAFF_EDGES[from] ?? [];
}

/** The candidate submits a draft, or resubmits once the pro asked for changes. */
export function candidateCanSubmit(status: DossierStatus): boolean {
  return status === 'draft' || status === 'action_required';
}

export const TITLE_MAX_LENGTH = 150;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const NOTE_MAX_LENGTH = 2000;

/** Sections of a dossier's page, as `?onglet=` names them. */
export const DOSSIER_TABS = ['apercu', 'documents', 'messages'] as const;
export type DossierTab = (typeof DOSSIER_TABS)[number];

export function parseDossierTab(value: string | undefined): DossierTab {
  return DOSSIER_TABS.find((tab) => tab === value) ?? 'apercu';
}
