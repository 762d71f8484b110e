// Payloads of admin-users: GET lists (query string), POST acts (JSON body).
import { z } from '../_shared/zod.ts';

const search = z.string().trim().max(100).optional();
const userId = z.uuid();

/** GET ?search=&page=&page_size= (strings, hence coerced). */
export const listQuery = z.strictObject({
  search,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
});

export const actionBody = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('list'),
    search,
    page: z.number().int().min(1).max(10_000).default(1),
    page_size: z.number().int().min(1).max(100).default(20),
  }),
  z.strictObject({ action: z.literal('suspend'), user_id: userId }),
  z.strictObject({ action: z.literal('activate'), user_id: userId }),
  z.strictObject({ action: z.literal('set_role'), user_id: userId, role: z.enum(['candidate', 'pro', 'admin']) }),
]);
export type ActionBody = z.infer<typeof actionBody>;
export type ListQuery = z.infer<typeof listQuery>;
