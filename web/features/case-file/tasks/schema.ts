import * as z from 'zod/mini';
import { TASK_NOTE_MAX_LENGTH, TASK_TITLE_MAX_LENGTH } from './labels';

export const newTaskSchema = z.object({
  title: z.string().check(
    z.trim(),
    z.minLength(1, 'Donnez un titre à la tâche.'),
    z.maxLength(TASK_TITLE_MAX_LENGTH, `${TASK_TITLE_MAX_LENGTH} caractères au maximum.`),
  ),
  note: z.string().check(z.maxLength(TASK_NOTE_MAX_LENGTH, `${TASK_NOTE_MAX_LENGTH} caractères au maximum.`)),
  dueOn: z.union([z.literal(''), z.iso.date('Date invalide.')]),
  documentKind: z.string(),
  forMe: z.boolean(),
});

export type NewTaskValues = z.infer<typeof newTaskSchema>;
