// One purge run: ask the database which stored files lost their row, remove them through the
// Storage API bucket by bucket, and count what the API confirmed.

export type StoredFile = { bucket_id: string; name: string };

import type { ServiceApi } from '../_shared/env.ts';

export type StorageApi = ServiceApi & { fetch?: typeof fetch };

export type PurgeSummary = { found: number; removed: number; failed: number };

/** Paths per Storage API call. */
const CHUNK = 100;

export async function purgeFiles(files: StoredFile[], api: StorageApi): Promise<PurgeSummary> {
  const summary: PurgeSummary = { found: files.length, removed: 0, failed: 0 };
  const byBucket = Map.groupBy(files, (file) => file.bucket_id);
  for (const [bucket, bucketFiles] of byBucket) {
    for (let i = 0; i < bucketFiles.length; i += CHUNK) {
      const names = bucketFiles.slice(i, i + CHUNK).map((file) => file.name);
      const removed = await removeObjects(api, bucket, names);
      summary.removed += removed;
      summary.failed += names.length - removed;
    }
  }
  return summary;
}

/** DELETE /storage/v1/object/{bucket} with the paths; the API answers with the objects it removed. */
async function removeObjects(api: StorageApi, bucket: string, names: string[]): Promise<number> {
  const url = new URL(`/storage/v1/object/${encodeURIComponent(bucket)}`, api.url);
  try {
    const response = await (api.fetch ?? fetch)(url, {
      method: 'DELETE',
      headers: api.headers,
      body: JSON.stringify({ prefixes: names }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
      console.error(`Storage API answered ${response.status} for ${bucket}: ${(await response.text()).slice(0, 300)}`);
      return 0;
    }
    const removed: unknown = await response.json();
    return Array.isArray(removed) ? removed.length : 0;
  } catch (error) {
    console.error(`Storage API unreachable for ${bucket}: ${String(error)}`);
    return 0;
  }
}
