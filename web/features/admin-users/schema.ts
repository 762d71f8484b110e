import * as z from 'zod/mini';
import type { Database } from '@/lib/database.types';

// Payloads of the admin-users edge function (supabase/functions/admin-users/schema.ts) and the
// shapes it answers with.

export type UserRole = Database['public']['Enums']['user_role'];
export type AccountStatus = Database['public']['Enums']['account_status'];

export const ROLE_LABELS: Record<UserRole, string> = { candidate: 'Candidat', pro: 'Professionnel', admin: 'Administrateur' };
export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as UserRole[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

const role = z.enum(['candidate', 'pro', 'admin']);
const status = z.enum(['active', 'suspended']);

export const adminUserSchema = z.object({
  id: z.string(),
  full_name: z.string(),
  email: z.nullable(z.string()),
  role,
  status,
  created_at: z.string(),
  last_sign_in_at: z.nullable(z.string()),
});

export const userPageSchema = z.object({
  users: z.array(adminUserSchema),
  page: z.number(),
  page_size: z.number(),
  /** Null when the page is past the end (the function cannot count from an empty page). */
  total: z.nullable(z.number()),
});

export const statusResultSchema = z.object({ user_id: z.string(), status, banned: z.boolean() });
export const roleResultSchema = z.object({ user_id: z.string(), role });

/** The search box: the function accepts up to 100 characters, trimmed. */
export const userSearchSchema = z.object({
  search: z.string().check(z.trim(), z.maxLength(100, '100 caractères au maximum.')),
});

export type AdminUser = z.infer<typeof adminUserSchema>;
export type UserPage = z.infer<typeof userPageSchema>;
export type UserSearchValues = z.infer<typeof userSearchSchema>;
export type UserAction =
  | { action: 'suspend'; user_id: string }
  | { action: 'activate'; user_id: string }
  | { action: 'set_role'; user_id: string; role: UserRole };
