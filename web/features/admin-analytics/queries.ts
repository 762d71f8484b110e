import { invokeFunction, parseResponse } from '@/features/admin-common';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { analyticsResponseSchema } from './schema';

/** The dashboard figures, from the admin-analytics edge function (the database checks the role). */
export async function fetchAnalytics(supabase: AppSupabaseClient) {
  const data = await invokeFunction(supabase, 'admin-analytics', { method: 'GET' });
  return parseResponse(analyticsResponseSchema, data);
}
