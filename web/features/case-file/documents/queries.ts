import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const DOCUMENT_COLUMNS =
  'id, dossier_id, kind, file_name, storage_path, mime_type, size_bytes, status, rejection_reason, reviewed_at, expires_on, uploaded_by, created_at';

/** The documents of a dossier, newest first (documents_dossier_idx). */
export async function fetchDocuments(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase
    .from('documents')
    .select(DOCUMENT_COLUMNS)
    .eq('dossier_id', dossierId)
    .order('created_at', { ascending: false });
  if (error) throw error;
  return data;
}

export type DossierDocument = Awaited<ReturnType<typeof fetchDocuments>>[number];

/** Kinds of supporting document with their French label (reference data, readable by all). */
export async function fetchDocumentKinds(supabase: AppSupabaseClient) {
  const { data, error } = await supabase.from('document_kinds').select('code, label, validity_months').order('label');
  if (error) throw error;
  return data;
}

export type DocumentKind = Awaited<ReturnType<typeof fetchDocumentKinds>>[number];
