// What the admin-users function answers: the function types its answers with these schemas and
// the admin screen checks each answer against them. The requests are in admin-users-requests.ts,
// apart, so the screen's bundle carries only what it parses.
import * as z from 'zod/mini';
import { accountStatusLabels, roleLabels, valuesOf } from './labels.ts';

export const role = z.enum(valuesOf(roleLabels));
const status = z.enum(valuesOf(accountStatusLabels));

/** The search box: a name or an email, up to 100 characters once trimmed. */
export const userSearch = z.string().check(z.trim(), z.maxLength(100, '100 caractères au maximum.'));

export const adminUser = z.object({
  id: z.string(),
  full_name: z.string(),
  email: z.nullable(z.string()),
  role,
  status,
  created_at: z.string(),
  last_sign_in_at: z.nullable(z.string()),
});

export const userPage = z.object({
  users: z.array(adminUser),
  page: z.number(),
  page_size: z.number(),
  /** Null when the page is past the end (the function cannot count from an empty page). */
  total: z.nullable(z.number()),
});

export const statusResult = z.object({ user_id: z.string(), status, banned: z.boolean() });
export const roleResult = z.object({ user_id: z.string(), role });

export type AdminUser = z.output<typeof adminUser>;
export type UserPage = z.output<typeof userPage>;
export type StatusResult = z.output<typeof statusResult>;
export type RoleResult = z.output<typeof roleResult>;
