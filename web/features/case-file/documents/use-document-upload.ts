'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSupabase } from '@/lib/supabase/lazy';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { uploadDocument } from './mutations';
import type { DocumentDetails } from './schema';
import { isAbort } from './upload';
import { refreshAfterDocumentChange } from './use-documents';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; percent: number }
  | { phase: 'done'; fileName: string }
  | { phase: 'cancelled'; fileName: string }
  | { phase: 'failed'; fileName: string; message: string };

/** One upload at a time with its progress, cancellable; the lists refresh when it lands. */
export function useDocumentUpload(dossierId: string) {
  const queryClient = useQueryClient();
  const { explain } = useErrorText();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (file: File, details: DocumentDetails) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'uploading', fileName: file.name, percent: 0 });
    try {
      await uploadDocument(await loadSupabase(), { dossierId, file, ...details }, {
        signal: abort.signal,
        onProgress: ({ loaded, total }) =>
          setState({ phase: 'uploading', fileName: file.name, percent: total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0 }),
      });
      setState({ phase: 'done', fileName: file.name });
    } catch (error) {
      if (isAbort(error)) setState({ phase: 'cancelled', fileName: file.name });
      else setState({ phase: 'failed', fileName: file.name, message: await explain(error) });
    } finally {
      if (controller.current === abort) controller.current = null;
      await refreshAfterDocumentChange(queryClient, dossierId);
    }
  }, [dossierId, explain, queryClient]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
