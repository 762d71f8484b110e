import { invokeFunction, parseResponse } from '@/features/admin-common';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { userPageSchema } from './schema';

export const USERS_PAGE_SIZE = 20;

/** One page of members, searched by name or email, from the admin-users function (GET). */
export async function fetchUsers(supabase: AppSupabaseClient, { search, page }: { search: string; page: number }) {
  const data = await invokeFunction(supabase, 'admin-users', {
    method: 'GET',
    query: { search: search.trim() || undefined, page, page_size: USERS_PAGE_SIZE },
  });
  return parseResponse(userPageSchema, data);
}
