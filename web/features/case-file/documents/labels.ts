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

/** The tone of each state of dossier_checklist(); their names are in the messages files. */
export const CHECKLIST_TONES = {
  missing: 'neutral',
  pending: 'info',
  approved: 'success',
  expiring: 'warning',
  expired: 'danger',
  rejected: 'danger',
} as const satisfies Record<string, BadgeTone>;

export type ChecklistState = keyof typeof CHECKLIST_TONES;

export function checklistTone(state: string): BadgeTone {
  return CHECKLIST_TONES[state as ChecklistState] ?? CHECKLIST_TONES.missing;
}
