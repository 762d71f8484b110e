import { type Problem, UserFacingError } from '@/lib/supabase/explain-error';

export type UploadProgress = { loaded: number; total: number };

export type PutObjectInput = {
  supabaseUrl: string;
  apiKey: string;
  accessToken: string;
  bucket: string;
  path: string;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/** Storage's object URL, each path segment encoded (file names may hold spaces or parentheses). */
export function objectUrl(supabaseUrl: string, bucket: string, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${supabaseUrl.replace(/\/$/, '')}/storage/v1/object/${bucket}/${encoded}`;
}

/** The problem a Storage error answer says, for a sentence of our own (Storage's messages are English and technical). */
export function storageProblem(status: number, body: string): Problem {
  let code = status;
  try {
    const parsed = JSON.parse(body) as { statusCode?: string; error?: string };
    code = Number(parsed.statusCode) || status;
    if (parsed.error === 'invalid_mime_type') code = 415;
    if (parsed.error === 'Duplicate') code = 409;
  } catch {
    // not JSON: keep the HTTP status
  }
  if (code === 413) return 'storageTooLarge';
  if (code === 415) return 'storageType';
  if (code === 409) return 'storageDuplicate';
  if (code === 401 || code === 403) return 'storageRefused';
  if (code === 429) return 'storageRateLimited';
  return 'storageFailed';
}

/**
 * Uploads a file to Storage with real progress events. supabase-js' upload() uses fetch, which
 * reports no upload progress, so this speaks Storage's REST API directly with XMLHttpRequest:
 * POST /storage/v1/object/<bucket>/<path>, the user's token, no overwrite (x-upsert: false).
 */
export function putObjectWithProgress({ supabaseUrl, apiKey, accessToken, bucket, path, file, onProgress, signal }: PutObjectInput): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const done = () => signal?.removeEventListener('abort', abort);
    xhr.open('POST', objectUrl(supabaseUrl, bucket, path));
    xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('apikey', apiKey);
    xhr.setRequestHeader('x-upsert', 'false');
    xhr.setRequestHeader('cache-control', 'max-age=3600');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.({ loaded: file.size, total: file.size });
        resolve();
      } else {
        reject(new UserFacingError(storageProblem(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => {
      done();
      reject(new UserFacingError('storageUnreachable'));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('Envoi annulé.', 'AbortError'));
    };
    if (signal?.aborted) {
      reject(new DOMException('Envoi annulé.', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', abort);
    xhr.send(file);
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
