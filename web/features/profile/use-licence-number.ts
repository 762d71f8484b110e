'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { profileKeys } from './keys';
import { fetchLicenceNumber, saveLicenceNumber } from './licence-number';

export function useLicenceNumber(proId: string) {
  return useQuery({
    queryKey: profileKeys.licenceNumber(proId),
    queryFn: async () => fetchLicenceNumber(await loadSupabase(), proId),
  });
}

export function useSaveLicenceNumber(proId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (licenceNumber: string) => saveLicenceNumber(await loadSupabase(), proId, licenceNumber),
    onSuccess: (saved) => queryClient.setQueryData(profileKeys.licenceNumber(proId), saved),
  });
}
