import * as z from 'zod/mini';
import { ERASE_CONFIRMATION } from './erase-account';

export { ERASE_CONFIRMATION };

/** The erasure dialog: the member types the confirmation word. */
export const eraseSchema = z.object({
  confirmation: z.string().check(z.refine((value) => value.trim() === ERASE_CONFIRMATION, 'eraseConfirmation')),
});

export type EraseValues = z.infer<typeof eraseSchema>;
