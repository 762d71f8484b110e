import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '@/lib/supabase/explain-error';
import { WithMessages } from '@/test/render-with-app';
import type { UploadDocumentInput } from './mutations';
import type { UploadProgress } from './upload';
import { useDocumentUpload } from './use-document-upload';

type Options = { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal };
const uploads: { input: UploadDocumentInput; options: Options; finish: () => void; fail: (e: unknown) => void }[] = [];

vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => ({}) }));
vi.mock('./mutations', () => ({
  uploadDocument: (_supabase: unknown, input: UploadDocumentInput, options: Options) =>
    new Promise<void>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new DOMException('Envoi annulé.', 'AbortError')));
      uploads.push({ input, options, finish: resolve, fail: reject });
    }),
}));

const file = new File([new Uint8Array(400)], 'passeport.pdf', { type: 'application/pdf' });

function setup(locale: 'fr-CA' | 'en-CA' = 'fr-CA') {
  const client = new QueryClient();
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <WithMessages locale={locale}><QueryClientProvider client={client}>{children}</QueryClientProvider></WithMessages>
  );
  return { invalidate, ...renderHook(() => useDocumentUpload('d1'), { wrapper }) };
}

beforeEach(() => {
  uploads.length = 0;
});

describe('useDocumentUpload', () => {
  it('goes from 0 % through the progress to done, then refreshes documents, checklist, readiness and the tasks an upload may fulfil', async () => {
    const { result, invalidate } = setup();
    act(() => void result.current.start(file, { kind: 'passport', expiresOn: '2031-01-01' }));
    expect(result.current.state).toEqual({ phase: 'uploading', fileName: 'passeport.pdf', percent: 0 });
    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0]!.input).toMatchObject({ dossierId: 'd1', file, kind: 'passport', expiresOn: '2031-01-01' });
    act(() => uploads[0]!.options.onProgress?.({ loaded: 100, total: 400 }));
    expect(result.current.state).toEqual({ phase: 'uploading', fileName: 'passeport.pdf', percent: 25 });
    await act(async () => uploads[0]!.finish());
    expect(result.current.state).toEqual({ phase: 'done', fileName: 'passeport.pdf' });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ['documents', 'dossier', 'd1'], ['dossiers', 'checklist', 'd1'], ['dossiers', 'readiness', 'd1'],
      ['tasks', 'dossier', 'd1'], ['tasks', 'events', 'd1'],
    ]);
  });

  it('can be cancelled', async () => {
    const { result } = setup();
    act(() => void result.current.start(file, { kind: '', expiresOn: '' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    await act(async () => result.current.cancel());
    await waitFor(() => expect(result.current.state).toEqual({ phase: 'cancelled', fileName: 'passeport.pdf' }));
  });

  it('says in French why a file was not sent', async () => {
    const { result } = setup();
    act(() => void result.current.start(file, { kind: '', expiresOn: '' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    await act(async () => uploads[0]!.fail(new UserFacingError('storageType')));
    expect(result.current.state).toEqual({ phase: 'failed', fileName: 'passeport.pdf', message: 'Type de fichier non accepté par le stockage.' });
  });

  it('says in English why a file was not sent to an English member', async () => {
    const { result } = setup('en-CA');
    act(() => void result.current.start(file, { kind: '', expiresOn: '' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    await act(async () => uploads[0]!.fail(new UserFacingError('storageTooLarge')));
    expect(result.current.state).toEqual({ phase: 'failed', fileName: 'passeport.pdf', message: 'File too large for storage (50 MB at most).' });
    uploads.length = 0;
    act(() => void result.current.start(file, { kind: '', expiresOn: '' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    await act(async () => uploads[0]!.fail({ code: '23505', message: 'duplicate key value' }));
    expect(result.current.state).toMatchObject({ phase: 'failed', message: 'This already exists.' });
  });
});
