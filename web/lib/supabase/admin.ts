import 'server-only';
import { createClient } from '@supabase/supabase-js';
import type { Database } from '@/lib/database.types';
import { publicEnv, serverEnv } from '@/lib/env';

/**
 * Service-role client: bypasses RLS, so it is for server jobs that act for the platform, never
 * for a request made on a user's behalf (use the server client for those). No route uses it yet.
 */
export function createSupabaseAdminClient() {
  const { supabaseUrl } = publicEnv();
  const { supabaseServiceRoleKey } = serverEnv();
  return createClient<Database>(supabaseUrl, supabaseServiceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}
