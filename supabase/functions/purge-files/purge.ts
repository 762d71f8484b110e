// One purge run: ask the database which stored files lost their row, remove them through the
// Storage API bucket by bucket, and count what the API confirmed. Storage's bulk delete answers 200
// whatever happened, listing only the objects it deleted: [] when RLS refused or the names were gone
// (supabase/storage src/http/routes/object/deleteObjects.ts, src/storage/object.ts deleteObjects).

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

/** DELETE /storage/v1/object/{bucket} with the paths; how many of them the answer lists as removed. */
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
    return removedNames(await response.json(), bucket, names);
  } catch (error) {
    console.error(`Storage API unreachable for ${bucket}: ${String(error)}`);
    return 0;
  }
}

/** The requested names that Storage's answer lists as deleted from `bucket`, each counted once. */
export function removedNames(answer: unknown, bucket: string, requested: string[]): number {
  if (!Array.isArray(answer)) return 0;
  const wanted = new Set(requested);
  const removed = new Set<string>();
  for (const object of answer as { name?: unknown; bucket_id?: unknown }[]) {
    const sameBucket = object?.bucket_id === undefined || object.bucket_id === bucket;
    if (sameBucket && typeof object?.name === 'string' && wanted.has(object.name)) removed.add(object.name);
  }
  return removed.size;
}
