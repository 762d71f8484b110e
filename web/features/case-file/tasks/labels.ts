import { taskStatusLabels, type TaskStatus } from '@contract/labels';
import type { BadgeTone } from '@/components/ui/badge';

export type { TaskStatus };

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = taskStatusLabels;

export const TASK_STATUS_TONES: Record<TaskStatus, BadgeTone> = {
  open: 'info',
  submitted: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

/** Mirrors tasks_title_length and tasks_note_length (the database checks again). */
export const TASK_TITLE_MAX_LENGTH = 150;
export const TASK_NOTE_MAX_LENGTH = 2000;

/** The task events of the timeline (task_events.event), as sentences. */
export const TASK_EVENT_LABELS: Record<string, string> = {
  created: 'Tâche créée',
  done: 'Tâche terminée',
  reopened: 'Tâche rouverte',
  cancelled: 'Tâche annulée',
  document_submitted: 'Document déposé pour la tâche',
  document_withdrawn: 'Document retiré de la tâche',
  document_approved: 'Document approuvé : tâche terminée',
  document_rejected: 'Document refusé : tâche rouverte',
};
