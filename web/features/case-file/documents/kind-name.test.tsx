import { renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { testQueryClient, WithMessages } from '@/test/render-with-app';
import { useChecklist } from '../dossier/use-dossiers';
import { documentKindName } from './kind-name';
import { useDocumentKinds } from './use-documents';

// What public.document_kinds and public.dossier_checklist answer: French labels, by code.
const kinds = [
  { code: 'police_certificate', label: 'Certificat de police', validity_months: 12 },
  { code: 'passport', label: 'Passeport', validity_months: null },
];
const checklist = [{ kind: 'passport', label: 'Passeport', validity_months: null, state: 'missing', document_id: null, expires_on: null }];

vi.mock('@/lib/supabase/lazy', () => ({
  loadSupabase: async () => ({
    from: () => ({ select: () => ({ order: async () => ({ data: kinds, error: null }) }) }),
    rpc: async () => ({ data: checklist, error: null }),
  }),
}));

function wrapper(locale: 'fr-CA' | 'en-CA') {
  const client = testQueryClient();
  return ({ children }: { children: ReactNode }) => (
    <WithMessages locale={locale}><QueryClientProvider client={client}>{children}</QueryClientProvider></WithMessages>
  );
}

describe('document kind names', () => {
  it('are the table’s French labels in French, the contract’s English names in English', () => {
    expect(documentKindName('police_certificate', 'Certificat de police', 'fr')).toBe('Certificat de police');
    expect(documentKindName('police_certificate', 'Certificat de police', 'en')).toBe('Police certificate');
    expect(documentKindName('a_future_kind', 'Nouveau type', 'en')).toBe('Nouveau type');
    expect(documentKindName(null, 'Autre', 'en')).toBe('Autre');
  });

  it('name the kinds and the checklist in English for an English member, in English order', async () => {
    const list = renderHook(() => useDocumentKinds(), { wrapper: wrapper('en-CA') });
    await waitFor(() => expect(list.result.current.data?.map((kind) => kind.label)).toEqual(['Passport', 'Police certificate']));
    const items = renderHook(() => useChecklist('d1'), { wrapper: wrapper('en-CA') });
    await waitFor(() => expect(items.result.current.data?.[0]).toMatchObject({ kind: 'passport', label: 'Passport' }));
  });

  it('keep the table’s labels in French', async () => {
    const list = renderHook(() => useDocumentKinds(), { wrapper: wrapper('fr-CA') });
    await waitFor(() => expect(list.result.current.data?.map((kind) => kind.label)).toEqual(['Certificat de police', 'Passeport']));
  });
});
