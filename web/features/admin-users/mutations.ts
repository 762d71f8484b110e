import { invokeFunction, parseResponse } from '@/features/admin-common';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { roleResultSchema, statusResultSchema, type UserRole } from './schema';

/** Suspends (and bans in Auth, ending their sessions) or reactivates a member. */
export async function setUserStatus(supabase: AppSupabaseClient, userId: string, status: 'active' | 'suspended') {
  const data = await invokeFunction(supabase, 'admin-users', {
    body: { action: status === 'suspended' ? 'suspend' : 'activate', user_id: userId },
  });
  return parseResponse(statusResultSchema, data);
}

export async function setUserRole(supabase: AppSupabaseClient, userId: string, role: UserRole) {
  const data = await invokeFunction(supabase, 'admin-users', { body: { action: 'set_role', user_id: userId, role } });
  return parseResponse(roleResultSchema, data);
}
