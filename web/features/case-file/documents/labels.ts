import { documentStatusLabels } from '@contract/labels';
import type { BadgeTone } from '@/components/ui/badge';
import type { Database } from '@/lib/database.types';

// Names of document and checklist states, without zod: this module is in first loads.

export type DocumentStatus = Database['public']['Enums']['document_status'];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = documentStatusLabels;

export const DOCUMENT_STATUS_TONES: Record<DocumentStatus, BadgeTone> = {
  pending: 'info',
  approved: 'success',
  rejected: 'danger',
};

/** The states of dossier_checklist(), in French. */
export const CHECKLIST_STATES = {
  missing: { label: 'Manquant', tone: 'neutral' },
  pending: { label: documentStatusLabels.pending, tone: 'info' },
  approved: { label: documentStatusLabels.approved, tone: 'success' },
  expiring: { label: 'Expire bientôt', tone: 'warning' },
  expired: { label: 'Expiré', tone: 'danger' },
  rejected: { label: documentStatusLabels.rejected, tone: 'danger' },
} as const satisfies Record<string, { label: string; tone: BadgeTone }>;

export type ChecklistState = keyof typeof CHECKLIST_STATES;

export function checklistState(state: string): (typeof CHECKLIST_STATES)[ChecklistState] {
  return CHECKLIST_STATES[state as ChecklistState] ?? CHECKLIST_STATES.missing;
}
