import type { AppSupabaseClient } from '@/lib/supabase/browser';

/**
 * The dossier's next step as the database derives it (public.dossier_next_step): the same answer
 * for its candidate and its pro. Null when the dossier is not visible.
 */
export async function fetchNextStep(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase.rpc('dossier_next_step', { dossier_id: dossierId });
  if (error) throw error;
  return data[0] ?? null;
}

export type NextStep = NonNullable<Awaited<ReturnType<typeof fetchNextStep>>>;

/** The next step of each open dossier of the viewer, theirs to take first (public.my_next_steps). */
export async function fetchMyNextSteps(supabase: AppSupabaseClient) {
  const { data, error } = await supabase.rpc('my_next_steps');
  if (error) throw error;
  return data;
}

export type DossierNextStep = Awaited<ReturnType<typeof fetchMyNextSteps>>[number];
