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

/** The roles an admin may give, in the order the role dialog lists them (words: labels.role). */
export const ROLES = ['candidate', 'pro', 'admin'] as const satisfies readonly UserRole[];

/** The search box: what the function accepts as `search`. */
export const userSearchSchema = z.object({ search: userSearch });

export type UserSearchValues = z.infer<typeof userSearchSchema>;
