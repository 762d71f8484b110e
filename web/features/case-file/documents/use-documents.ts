'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { dossierKeys } from '../dossier/keys';
import { loadSupabase } from '@/lib/supabase/lazy';
import { taskKeys } from '../tasks/keys';
import { documentKeys } from './keys';
import { correctDocument, deleteDocument, reviewDocument, signedDownloadUrl } from './mutations';
import { useDocumentKindName } from './kind-name';
import { type DocumentKind, fetchDocumentKinds, fetchDocuments, type DossierDocument } from './queries';
import type { DocumentDetails } from './schema';

export function useDocuments(dossierId: string) {
  return useQuery({
    queryKey: documentKeys.list(dossierId),
    queryFn: async () => fetchDocuments(await loadSupabase(), dossierId),
  });
}

/** The kinds of document, named and ordered in the viewer's language. */
export function useDocumentKinds() {
  const name = useDocumentKindName();
  return useQuery({
    queryKey: documentKeys.kinds(),
    queryFn: async () => fetchDocumentKinds(await loadSupabase()),
    staleTime: Number.POSITIVE_INFINITY, // reference data, changed only by migrations
    select: (kinds: DocumentKind[]) =>
      kinds.map((kind) => ({ ...kind, label: name(kind.code, kind.label) })).sort((a, b) => a.label.localeCompare(b.label)),
  });
}

/** A document changed: its list, the checklist, the readiness and the document requests follow. */
export function refreshAfterDocumentChange(queryClient: QueryClient, dossierId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: documentKeys.list(dossierId) }),
    queryClient.invalidateQueries({ queryKey: dossierKeys.checklist(dossierId) }),
    queryClient.invalidateQueries({ queryKey: dossierKeys.readiness(dossierId) }),
    queryClient.invalidateQueries({ queryKey: taskKeys.dossier(dossierId) }),
    queryClient.invalidateQueries({ queryKey: taskKeys.events(dossierId) }),
  ]);
}

export function useDeleteDocument(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (document: DossierDocument) => deleteDocument(await loadSupabase(), document),
    onSuccess: () => refreshAfterDocumentChange(queryClient, dossierId),
  });
}

export function useCorrectDocument(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentId, details }: { documentId: string; details: DocumentDetails }) =>
      correctDocument(await loadSupabase(), documentId, details),
    onSuccess: () => refreshAfterDocumentChange(queryClient, dossierId),
  });
}

export function useReviewDocument(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentId, decision, reason }: { documentId: string; decision: 'approved' | 'rejected'; reason?: string }) =>
      reviewDocument(await loadSupabase(), documentId, decision, reason),
    onSuccess: () => refreshAfterDocumentChange(queryClient, dossierId),
  });
}

export function useDownloadDocument() {
  return useMutation({
    mutationFn: async (document: Pick<DossierDocument, 'storage_path' | 'file_name'>) => {
      const url = await signedDownloadUrl(await loadSupabase(), document);
      // The link carries `download`, so Storage answers as an attachment and the page stays.
      window.location.assign(url);
    },
  });
}
