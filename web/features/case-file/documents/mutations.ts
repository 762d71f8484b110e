import { publicEnv } from '@/lib/env';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { UserFacingError } from '@/lib/supabase/explain-error';
import { removeFiles } from '@/lib/supabase/storage';
import { DOCUMENT_COLUMNS, type DossierDocument } from './queries';
import type { DocumentStatus } from './labels';
import { safeFileName, type DocumentDetails } from './schema';
import { putObjectWithProgress, type UploadProgress } from './upload';

export const DOCUMENTS_BUCKET = 'documents';
/** Signed download links live one minute: long enough to start the download, no longer. */
export const SIGNED_URL_SECONDS = 60;

export type UploadDocumentInput = DocumentDetails & { dossierId: string; file: File };

/**
 * The row first (the database checks type, size, dossier and rate, and names the object path
 * {dossier_id}/{document_id}/{file_name}), then the file at exactly that path. If the file does
 * not arrive, the row goes too, so no document points at a missing file.
 */
export async function uploadDocument(
  supabase: AppSupabaseClient,
  input: UploadDocumentInput,
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<DossierDocument> {
  const { data: row, error } = await supabase
    .from('documents')
    .insert({
      dossier_id: input.dossierId,
      kind: input.kind || null,
      file_name: safeFileName(input.file.name),
      mime_type: input.file.type,
      size_bytes: input.file.size,
      expires_on: input.expiresOn || null,
    })
    .select(DOCUMENT_COLUMNS)
    .single();
  if (error) throw error;
  if (!row.storage_path) throw new UserFacingError('storagePathMissing');
  try {
    const { data: { session } } = await supabase.auth.getSession();
    if (!session) throw new UserFacingError('sessionExpired');
    const { supabaseUrl, supabasePublishableKey } = publicEnv();
    await putObjectWithProgress({
      supabaseUrl, apiKey: supabasePublishableKey, accessToken: session.access_token,
      bucket: DOCUMENTS_BUCKET, path: row.storage_path, file: input.file, ...options,
    });
    return row;
  } catch (uploadError) {
    await supabase.from('documents').delete().eq('id', row.id);
    throw uploadError;
  }
}

/**
 * Withdraws a pending document: its file first (allowed while the row is pending), then the row.
 * The row stays unless Storage lists the file among those it deleted.
 */
export async function deleteDocument(supabase: AppSupabaseClient, document: Pick<DossierDocument, 'id' | 'storage_path'>) {
  if (document.storage_path) {
    const removed = await removeFiles(supabase, DOCUMENTS_BUCKET, [document.storage_path]).catch(() => {
      throw new UserFacingError('fileNotDeleted');
    });
    if (!removed) {
      throw new UserFacingError('fileMaybeReviewed');
    }
  }
  const { data, error } = await supabase.from('documents').delete().eq('id', document.id).select('id');
  if (error) throw error;
  if (data.length === 0) throw new UserFacingError('reviewedNotDeletable');
}

/**
 * The uploader corrects the kind or the expiry date while the document awaits review (RLS: the
 * uploader's pending documents only). No row back means it was reviewed in the meantime.
 */
export async function correctDocument(supabase: AppSupabaseClient, documentId: string, details: DocumentDetails) {
  const { data, error } = await supabase.from('documents')
    .update({ kind: details.kind || null, expires_on: details.expiresOn || null })
    .eq('id', documentId).select('id');
  if (error) throw error;
  if (data.length === 0) throw new UserFacingError('reviewedNotCorrectable');
}

/** The assigned pro or an admin approves, or rejects with a reason (public.review_document). */
export async function reviewDocument(supabase: AppSupabaseClient, documentId: string, decision: Exclude<DocumentStatus, 'pending'>, reason?: string) {
  const { data, error } = await supabase.rpc('review_document', {
    document_id: documentId,
    decision,
    ...(decision === 'rejected' ? { reason: reason?.trim() ?? '' } : {}),
  });
  if (error) throw error;
  return data;
}

/** A one-minute link that downloads the file under its own name (private bucket). */
/** A preview link (inline, not an attachment) lives five minutes: a PDF viewer may fetch the file in parts. */
export const PREVIEW_URL_SECONDS = 300;

/** A signed link to show an image or a PDF in the page; Storage's RLS decides who may have one. */
export async function signedPreviewUrl(supabase: AppSupabaseClient, document: Pick<DossierDocument, 'storage_path'>) {
  if (!document.storage_path) throw new UserFacingError('fileNotFound');
  const { data, error } = await supabase.storage.from(DOCUMENTS_BUCKET).createSignedUrl(document.storage_path, PREVIEW_URL_SECONDS);
  if (error || !data) throw error ?? new UserFacingError('fileNotFound');
  return data.signedUrl;
}

export async function signedDownloadUrl(supabase: AppSupabaseClient, document: Pick<DossierDocument, 'storage_path' | 'file_name'>) {
  if (!document.storage_path) throw new UserFacingError('fileNotFound');
  const { data, error } = await supabase.storage
    .from(DOCUMENTS_BUCKET)
    .createSignedUrl(document.storage_path, SIGNED_URL_SECONDS, { download: document.file_name });
  if (error || !data) throw new UserFacingError('downloadLinkFailed');
  return data.signedUrl;
}
