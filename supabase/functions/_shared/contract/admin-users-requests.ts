// What the admin-users function accepts: GET lists (query string), POST acts (JSON body). The
// admin screen sends these; it imports only their types, the function validates with them.
import * as z from 'zod/mini';
import { role, userSearch } from './admin-users.ts';

const userId = z.uuid();

const page = (input: z.ZodMiniType<unknown, unknown>) =>
  z._default(z.pipe(input, z.int().check(z.minimum(1), z.maximum(10_000))), 1);
const pageSize = (input: z.ZodMiniType<unknown, unknown>) =>
  z._default(z.pipe(input, z.int().check(z.minimum(1), z.maximum(100))), 20);

/** GET ?search=&page=&page_size= (strings, hence coerced). */
export const listQuery = z.strictObject({
  search: z.optional(userSearch),
  page: page(z.coerce.number()),
  page_size: pageSize(z.coerce.number()),
});

/** POST bodies: a page of the list, or one action on one member. */
export const actionBody = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('list'),
    search: z.optional(userSearch),
    page: page(z.number()),
    page_size: pageSize(z.number()),
  }),
  z.strictObject({ action: z.literal('suspend'), user_id: userId }),
  z.strictObject({ action: z.literal('activate'), user_id: userId }),
  z.strictObject({ action: z.literal('set_role'), user_id: userId, role }),
]);

export type ListQuery = z.output<typeof listQuery>;
export type ActionBody = z.output<typeof actionBody>;
/** An action as the screen sends it (the list goes by GET). */
export type UserAction = Exclude<z.input<typeof actionBody>, { action: 'list' }>;
