import * as z from 'zod/mini';

/** The `documents` bucket's own limits (20261124190600_create_documents.sql), checked before upload. */
export const DOCUMENT_RULES = {
  accept: [
    'application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic',
    'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.oasis.opendocument.text',
  ],
  maxBytes: 50 * 1024 * 1024,
} as const;

/** Why a chosen file cannot be sent (a key of the `documents` messages), or null when it can. */
export function fileProblem(file: File): 'badType' | 'tooLarge' | 'emptyFile' | null {
  if (!(DOCUMENT_RULES.accept as readonly string[]).includes(file.type)) return 'badType';
  if (file.size === 0) return 'emptyFile';
  if (file.size > DOCUMENT_RULES.maxBytes) return 'tooLarge';
  return null;
}

const FILE_NAME_MAX = 180; // documents_file_name_valid

/**
 * A file name Storage accepts as part of an object key (S3-safe characters only) and the
 * documents row accepts (1–180 characters, no slash or control character): accents dropped,
 * anything else unusual replaced by `_`, the extension kept.
 */
export function safeFileName(name: string): string {
  const clean = (part: string) =>
    part.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._() -]+/g, '_')
      .replace(/_{2,}/g, '_')
      .replace(/^[._ -]+|[._ -]+$/g, '');
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? clean(name.slice(dot + 1)).toLowerCase().slice(0, 10) : '';
  const room = FILE_NAME_MAX - (extension ? extension.length + 1 : 0);
  const base = clean(dot > 0 ? name.slice(0, dot) : name).slice(0, room).trim() || 'document';
  return extension ? `${base}.${extension}` : base;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

// The messages below are keys of the `documents` messages, said in the viewer's language by the forms.

/** What the candidate says about a file before sending it: its kind and, optionally, its expiry. */
export const documentDetailsSchema = z.object({
  kind: z.string(),
  expiresOn: z.string().check(
    z.refine((value) => value === '' || (isoDate.test(value) && !Number.isNaN(Date.parse(value))), 'invalidDate'),
  ),
});

export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

export const REASON_MAX_LENGTH = 1000; // documents_rejection_reason_length

export const rejectionSchema = z.object({
  reason: z.string().check(
    z.trim(),
    z.minLength(1, 'reasonRequired'),
    z.maxLength(REASON_MAX_LENGTH, 'reasonTooLong'),
  ),
});

export type RejectionValues = z.infer<typeof rejectionSchema>;
