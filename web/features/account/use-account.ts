'use client';

import { useMutation } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { updatePreferences } from './mutations';
import type { PreferencesValues } from './schema';

export function useUpdatePreferences(userId: string) {
  return useMutation({
    mutationFn: async (values: PreferencesValues) => updatePreferences(await loadSupabase(), userId, values),
  });
}
