import * as z from 'zod/mini';
import { TASK_NOTE_MAX_LENGTH, TASK_TITLE_MAX_LENGTH } from './labels';

// Messages are keys of `validation`: the form says them in the page's language.

export const newTaskSchema = z.object({
  title: z.string().check(
    z.trim(),
    z.minLength(1, 'taskTitleMissing'),
    z.maxLength(TASK_TITLE_MAX_LENGTH, 'taskTitleTooLong'),
  ),
  note: z.string().check(z.maxLength(TASK_NOTE_MAX_LENGTH, 'taskNoteTooLong')),
  dueOn: z.union([z.literal(''), z.iso.date('dateInvalid')]),
  documentKind: z.string(),
  forMe: z.boolean(),
});

export type NewTaskValues = z.infer<typeof newTaskSchema>;
