'use client';

import { useMutation } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';

/** Downloads the export as a JSON file; the code for it is fetched on the click (nothing cached). */
export function useExportMyData() {
  return useMutation({
    mutationFn: async () => {
      const [{ downloadMyData }, supabase] = await Promise.all([import('./export-data'), loadSupabase()]);
      await downloadMyData(supabase);
    },
  });
}
