'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { useExportMyData } from './use-privacy';

/** Asks export_my_data() and saves the answer as a JSON file. */
export function DownloadDataButton({ children }: { children: ReactNode }) {
  const { describe } = useErrorText();
  const t = useTranslations('privacy');
  const toast = useToast();
  const exporter = useExportMyData();
  const download = () => exporter.mutate(undefined, {
    onSuccess: () => toast.success(t('downloaded')),
    onError: (error) => toast.error(describe(error)),
  });
  return <Button variant="secondary" loading={exporter.isPending} onClick={download} data-test="privacy-download">{children}</Button>;
}
