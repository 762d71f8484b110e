import { useMutation } from '@tanstack/react-query';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { loadSupabase } from '@/lib/supabase/lazy';

/** The word erase_my_account() requires, typed by the member. */
export const ERASE_CONFIRMATION = 'SUPPRIMER';

/**
 * Erases the caller's account (docs/privacy.md), then ends this browser's session. Auth may refuse
 * the sign-out of an account it now bans; supabase-js clears the local session all the same.
 */
export async function eraseMyAccount(supabase: AppSupabaseClient) {
  const { error } = await supabase.rpc('erase_my_account', { confirmation: ERASE_CONFIRMATION });
  if (error) throw error;
  await supabase.auth.signOut({ scope: 'local' });
}

/** Used by the erasure dialog only, so it loads with it. */
export function useEraseMyAccount() {
  return useMutation({ mutationFn: async () => eraseMyAccount(await loadSupabase()) });
}
