import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const DOSSIERS_PAGE_SIZE = 20;
export type DossierFilter = 'unassigned' | 'all';

// One literal (not concatenated) so supabase-js can type the embedded rows.
const COLUMNS = 'id, title, program_type, status, pro_id, updated_at, candidate:profiles!dossiers_candidate_id_fkey(full_name), pro:profiles!dossiers_pro_id_fkey(full_name)';

/** Dossiers for assignment (admins read them all), most recently active first. */
export async function fetchAdminDossiers(supabase: AppSupabaseClient, { filter, page }: { filter: DossierFilter; page: number }) {
  const from = (page - 1) * DOSSIERS_PAGE_SIZE;
  let query = supabase.from('dossiers').select(COLUMNS, { count: 'exact' })
    .order('updated_at', { ascending: false }).order('id').range(from, from + DOSSIERS_PAGE_SIZE - 1);
  if (filter === 'unassigned') query = query.is('pro_id', null);
  const { data, error, count } = await query;
  if (error) throw error;
  return { dossiers: data, total: count ?? data.length };
}

export type AdminDossier = Awaited<ReturnType<typeof fetchAdminDossiers>>['dossiers'][number];

/** Pros who can take a dossier: role pro and an active account (assign_dossier checks again). */
export async function fetchActivePros(supabase: AppSupabaseClient) {
  const { data, error } = await supabase.from('profiles').select('id, full_name, accounts!inner(status)')
    .eq('role', 'pro').eq('accounts.status', 'active').order('full_name');
  if (error) throw error;
  return data.map(({ id, full_name }) => ({ id, full_name }));
}

export type ProOption = Awaited<ReturnType<typeof fetchActivePros>>[number];
