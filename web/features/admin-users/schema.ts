import { roleLabels } from '@contract/labels';
import { userSearch } from '@contract/admin-users';
import * as z from 'zod/mini';
import type { Database } from '@/lib/database.types';

// The admin-users function's requests and answers live in the contract this screen shares with it
// (supabase/functions/_shared/contract/admin-users{,-requests}.ts).
export {
  adminUser as adminUserSchema, roleResult as roleResultSchema, statusResult as statusResultSchema,
  userPage as userPageSchema, type AdminUser, type UserPage,
} from '@contract/admin-users';
export type { UserAction } from '@contract/admin-users-requests';

export type UserRole = Database['public']['Enums']['user_role'];
export type AccountStatus = Database['public']['Enums']['account_status'];

export const ROLE_LABELS: Record<UserRole, string> = roleLabels;
export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as UserRole[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

/** The search box: what the function accepts as `search`. */
export const userSearchSchema = z.object({ search: userSearch });

export type UserSearchValues = z.infer<typeof userSearchSchema>;
