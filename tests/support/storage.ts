// The Storage API's database side (facts §7.4): bucket limits checked first, then each request in a
// transaction scoped to the caller (role, claims, storage.operation), so storage.objects RLS applies.
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Actor, type Query, type Row, claimsFor, inTransaction, owner, roleOf, serviceRole } from './db.ts';

export type StorageResult<R extends Row = Row> =
  | { ok: true; rows: R[]; rowCount: number }
  | { ok: false; status: number; code: string; message: string };

/**
 * `size`: the bytes sent. `chunked`: sent without a Content-Length (Transfer-Encoding: chunked),
 * so Storage knows the size only once the file is in.
 */
export type UploadOptions = { mimetype: string; size: number; upsert?: boolean; chunked?: boolean };

// [storage] file_size_limit = "50MiB" in supabase/config.toml: the cap when a bucket sets none.
const GLOBAL_FILE_SIZE_LIMIT = 50 * 1024 * 1024;

/** Upload: limits, then INSERT allowed by the caller's RLS (tested, rolled back), then the write itself. */
export async function upload(actor: Actor, bucket: string, path: string, file: UploadOptions): Promise<StorageResult> {
  const { rows } = await owner<{ file_size_limit: string | null; allowed_mime_types: string[] | null }>(
    `select file_size_limit, allowed_mime_types from storage.buckets where id = $1`,
    [bucket],
  );
  if (!rows[0]) return failure(404, 'NoSuchBucket', 'Bucket not found');
  const limit = rows[0].file_size_limit === null ? GLOBAL_FILE_SIZE_LIMIT : Number(rows[0].file_size_limit);
  if (file.size > limit) return failure(413, 'EntityTooLarge', 'The object exceeded the maximum allowed size');
  if (!mimeAllowed(file.mimetype, rows[0].allowed_mime_types ?? [])) {
    return failure(415, 'InvalidMimeType', `mime type ${file.mimetype} is not supported`);
  }
  const sub = actor.kind === 'user' ? actor.id : null;
  const metadata = {
    eTag: `"${createHash('md5').update(`${bucket}/${path}/${randomUUID()}`).digest('hex')}"`,
    size: file.size,
    mimetype: file.mimetype,
    cacheControl: 'max-age=3600',
    lastModified: new Date().toUTCString(),
    contentLength: file.size,
    httpStatusCode: 200,
  };
  // Before reading the body, Storage knows only the request's type and declared length: the
  // rights check inserts those as metadata (src/storage/uploader.ts: upload → canUpload with
  // {mimetype, contentLength: declaredContentLength}; none without a Content-Length header).
  const declared = file.chunked ? { mimetype: file.mimetype } : { mimetype: file.mimetype, contentLength: file.size };
  const values = (meta: object) => [bucket, path, sub, JSON.stringify(meta), randomUUID()];
  const insert = `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, version)
    values ($1, $2, $3::uuid, $3::text, $4::jsonb, $5)`;
  const upsert = `${insert} on conflict (name, bucket_id) do update
    set metadata = excluded.metadata, version = excluded.version, owner = excluded.owner, owner_id = excluded.owner_id
    returning *`;
  // Storage checks the caller's right with that statement in a rolled-back transaction...
  const allowed = await run(actor, 'storage.object.upload', (q) => q.query(file.upsert ? upsert : insert, values(declared)), {
    rollback: true,
  });
  if (!allowed.ok) return allowed;
  // ...then writes the stored file's metadata as its service user (completeUpload, asSuperUser:
  // role service_role), where app triggers see no auth.uid().
  return run(serviceRole, 'storage.object.upload', (q) => q.query(upsert, values(metadata)));
}

/** Authenticated download: the object row must be visible to the caller (404 otherwise). */
export async function download(actor: Actor, bucket: string, path: string): Promise<StorageResult> {
  const result = await run(actor, 'storage.object.get_authenticated', (q) =>
    q.query(`select * from storage.objects where bucket_id = $1 and name = $2`, [bucket, path]),
  );
  if (result.ok && result.rowCount === 0) return failure(404, 'NoSuchKey', 'Object not found');
  return result;
}

// What the API answers for each object (supabase/storage src/storage/schemas/object.ts, objectSchema):
// its serializer keeps these properties of the deleted rows and drops the rest.
const OBJECT_FIELDS = ['name', 'bucket_id', 'owner', 'owner_id', 'version', 'id', 'updated_at', 'created_at',
  'last_accessed_at', 'metadata', 'user_metadata'] as const;
const DELETE_BATCH = 500; // MAX_OBJECTS_PER_DELETE_BATCH, src/storage/limits.ts

/**
 * Bulk delete, what supabase-js `.remove(paths)` calls (DELETE /object/{bucket} with
 * {prefixes}): Storage deletes `where bucket_id = $1 and name = any($2) returning *` in the caller's
 * scope, 500 names per transaction, and always answers 200 with the objects really deleted, so
 * `[]` when RLS refuses them or they do not exist (src/http/routes/object/deleteObjects.ts,
 * src/storage/object.ts deleteObjects, src/storage/database/pg.ts deleteObjects).
 */
export async function remove(actor: Actor, bucket: string, paths: string[]): Promise<StorageResult> {
  const deleted: Row[] = [];
  for (let i = 0; i < paths.length; i += DELETE_BATCH) {
    const result = await run(actor, 'storage.object.delete_many', (q) =>
      q.query(`delete from storage.objects where bucket_id = $1 and name = any($2) returning *`, [
        bucket,
        paths.slice(i, i + DELETE_BATCH),
      ]),
    );
    if (!result.ok) return result;
    deleted.push(...result.rows.map((row) => Object.fromEntries(OBJECT_FIELDS.map((field) => [field, row[field]]))));
  }
  return { ok: true, rows: deleted, rowCount: deleted.length };
}

/** Objects under `prefix` that the caller may see (flat, unlike the API's folder view). */
export async function list(actor: Actor, bucket: string, prefix = ''): Promise<StorageResult> {
  return run(actor, 'storage.object.list', (q) =>
    q.query(`select * from storage.objects where bucket_id = $1 and starts_with(name, $2) order by name`, [bucket, prefix]),
  );
}

/** Storage's request scope (its scope.ts): role, both claim forms, operation, delete allowed. */
async function run(
  actor: Actor,
  operation: string,
  fn: (q: Query) => Promise<pg.QueryResult<Row>>,
  options: { rollback?: boolean } = {},
): Promise<StorageResult> {
  const role = roleOf(actor);
  const claims = await claimsFor(actor);
  const settings: [string, string][] = [
    ['role', role],
    ['request.jwt.claim.role', role],
    ['request.jwt', ''],
    ['request.jwt.claim.sub', actor.kind === 'user' ? actor.id : ''],
    ['request.jwt.claims', JSON.stringify(claims)],
    ['request.headers', '{}'],
    ['request.method', operation === 'storage.object.delete_many' ? 'DELETE' : 'POST'],
    ['request.path', '/object'],
    ['storage.operation', operation],
    ['storage.allow_delete_query', 'true'],
  ];
  try {
    const result = await inTransaction(settings, fn, options);
    return { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 };
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) throw error;
    if (error.code === '42501') return failure(403, error.code, error.message);
    if (error.code === '23505') return failure(409, error.code, 'The resource already exists');
    return failure(400, error.code ?? '', error.message);
  }
}

// Storage's validateMimeType: exact `type/subtype` or `type/*`; an empty list allows everything.
function mimeAllowed(mimetype: string, allowed: string[]): boolean {
  if (allowed.length === 0) return true;
  const [type, subtype] = mimetype.split('/');
  if (subtype === undefined) return false;
  return allowed.some((entry) => {
    const [allowedType, allowedSubtype] = entry.split('/');
    return allowedType === type && (allowedSubtype === '*' || allowedSubtype === subtype);
  });
}

function failure(status: number, code: string, message: string): StorageResult {
  return { ok: false, status, code, message };
}
