// The admin RPCs, run as the calling admin so the database checks who may do what.
import type { UserClaims } from '../_shared/auth.ts';
import { actAs } from '../_shared/db.ts';
import type { BaseEnv } from '../_shared/env.ts';
import { setAuthBan } from './auth-admin.ts';
import type { ListQuery } from '../_shared/contract/admin-users-requests.ts';
import type { AdminUser, RoleResult, StatusResult, UserPage } from '../_shared/contract/admin-users.ts';
import type { AccountStatus, UserRole } from '../_shared/contract/labels.ts';

type UserRow = AdminUser & { total_count: string };

// Answers typed with the contract's schemas, which the admin screen checks each answer against.
export async function listUsers(claims: UserClaims, query: ListQuery): Promise<UserPage> {
  const rows = await actAs(
    'authenticated',
    claims,
    (tx) =>
      tx<UserRow[]>`select * from public.admin_list_users(${query.search ?? null}, ${query.page}, ${query.page_size})`,
    { readOnly: true },
  );
  const total = rows.length > 0 ? Number(rows[0].total_count) : query.page === 1 ? 0 : null;
  return {
    users: rows.map(({ total_count: _, ...user }) => user),
    page: query.page,
    page_size: query.page_size,
    total,
  };
}

/** Suspends or reactivates, and bans or unbans in Auth before committing: both happen or neither. */
export function setStatus(
  env: BaseEnv,
  claims: UserClaims,
  userId: string,
  status: AccountStatus,
): Promise<StatusResult> {
  return actAs('authenticated', claims, async (tx) => {
    const [account] = await tx<{ user_id: string; status: AccountStatus }[]>`
      select user_id, status from public.set_account_status(${userId}::uuid, ${status}::public.account_status)`;
    await setAuthBan(env, userId, status === 'suspended');
    return { user_id: account.user_id, status: account.status, banned: status === 'suspended' };
  });
}

export function setRole(claims: UserClaims, userId: string, role: UserRole): Promise<RoleResult> {
  return actAs('authenticated', claims, async (tx) => {
    const [profile] = await tx<{ id: string; role: UserRole }[]>`
      select id, role from public.set_user_role(${userId}::uuid, ${role}::public.user_role)`;
    return { user_id: profile.id, role: profile.role };
  });
}
