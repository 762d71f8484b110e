import type { TaskStatus } from '@contract/labels';
import type { BadgeTone } from '@/components/ui/badge';

export type { TaskStatus };

export const TASK_STATUS_TONES: Record<TaskStatus, BadgeTone> = {
  open: 'info',
  submitted: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

/** Mirrors tasks_title_length and tasks_note_length (the database checks again). */
export const TASK_TITLE_MAX_LENGTH = 150;
export const TASK_NOTE_MAX_LENGTH = 2000;
