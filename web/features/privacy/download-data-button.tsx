'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { describeError } from '@/lib/supabase/errors';
import { useExportMyData } from './use-privacy';

/** Asks export_my_data() and saves the answer as a JSON file. */
export function DownloadDataButton({ children }: { children: ReactNode }) {
  const toast = useToast();
  const exporter = useExportMyData();
  const download = () => exporter.mutate(undefined, {
    onSuccess: () => toast.success('Vos données ont été téléchargées (fichier JSON).'),
    onError: (error) => toast.error(describeError(error)),
  });
  return <Button variant="secondary" loading={exporter.isPending} onClick={download} data-test="privacy-download">{children}</Button>;
}
