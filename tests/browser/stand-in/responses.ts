// Typed canned responses in the shapes Supabase's services send (no behaviour: values in, JSON out).
import type { Session, User } from '@supabase/supabase-js';
import type { Database } from '../../../web/lib/database.types.ts';
import { jwks } from './session.ts';
import type { StandInResponse } from './types.ts';

type PublicSchema = Database['public'];
export type TableName = keyof PublicSchema['Tables'];
export type Row<T extends TableName> = PublicSchema['Tables'][T]['Row'];
export type FunctionName = keyof PublicSchema['Functions'];
export type FunctionResult<F extends FunctionName> = PublicSchema['Functions'][F]['Returns'];

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): StandInResponse {
  return { status, body, headers };
}

// Auth answers requests carrying X-Supabase-Api-Version 2024-01-01 with this header and {code, message} errors.
const AUTH_HEADERS = { 'x-supabase-api-version': '2024-01-01' };

export const auth = {
  /** POST /auth/v1/token (password, refresh_token, pkce grants), POST /auth/v1/verify. */
  session: (session: Session): StandInResponse => ({ status: 200, headers: AUTH_HEADERS, body: session }),
  /** GET/PUT /auth/v1/user; POST /auth/v1/signup when email confirmation is pending (no session). */
  user: (user: User): StandInResponse => ({ status: 200, headers: AUTH_HEADERS, body: user }),
  /** POST /auth/v1/recover, POST /auth/v1/logout (204), POST /auth/v1/otp. */
  empty: (status = 200): StandInResponse => ({ status, headers: AUTH_HEADERS, body: status === 204 ? undefined : {} }),
  /** GET /auth/v1/.well-known/jwks.json: the public key of ES256 sessions. */
  jwks: (): StandInResponse => ({ status: 200, body: jwks() }),
  /** An Auth error, e.g. (400, 'invalid_credentials', 'Invalid login credentials'). */
  error: (status: number, code: string, message: string): StandInResponse => ({ status, headers: AUTH_HEADERS, body: { code, message } }),
};

export const rest = {
  /**
   * GET /rest/v1/<table>: rows, with Content-Range as PostgREST sets it (total when `count` is asked).
   * Also the answer to `.maybeSingle()`, which asks for an array and unwraps zero or one row itself.
   */
  rows: <T extends TableName>(_table: T, rows: Row<T>[], total?: number): StandInResponse => ({
    status: 200,
    headers: { 'content-range': rows.length === 0 ? `*/${total ?? '*'}` : `0-${rows.length - 1}/${total ?? '*'}` },
    body: rows,
  }),
  /** `.single()` reads (Accept: application/vnd.pgrst.object+json): one object. */
  row: <T extends TableName>(_table: T, row: Row<T>): StandInResponse => ({
    status: 200,
    headers: { 'content-range': '0-0/*' },
    body: row,
  }),
  /** POST/PATCH with Prefer: return=representation → 201/200 and the rows; without it → 201/204 and no body. */
  written: <T extends TableName>(_table: T, rows: Row<T>[] | null, status = rows === null ? 204 : 201): StandInResponse => ({
    status,
    body: rows ?? undefined,
  }),
  /** POST /rest/v1/rpc/<fn>. */
  rpc: <F extends FunctionName>(_fn: F, result: FunctionResult<F>): StandInResponse => ({ status: 200, body: result }),
  /** A PostgREST/Postgres error, e.g. (403, '42501', 'new row violates row-level security policy for table "documents"'). */
  error: (status: number, code: string, message: string, details: string | null = null, hint: string | null = null): StandInResponse => ({
    status,
    body: { code, details, hint, message },
  }),
};

export const storage = {
  /** POST/PUT /storage/v1/object/<bucket>/<path>. */
  uploaded: (bucket: string, path: string, id = '00000000-0000-4000-8000-000000000001'): StandInResponse => ({
    status: 200,
    body: { Id: id, Key: `${bucket}/${path}`, id, path },
  }),
  /** POST /storage/v1/object/sign/<bucket>/<path>: a URL relative to /storage/v1, as the API returns it. */
  signedUrl: (bucket: string, path: string, token = 'stand-in-token'): StandInResponse => ({
    status: 200,
    body: { signedURL: `/object/sign/${bucket}/${path}?token=${token}` },
  }),
  /**
   * DELETE /storage/v1/object/<bucket> (supabase-js `remove`): always 200 with the objects really
   * deleted, `[]` when RLS refused them or they did not exist (supabase/storage
   * src/http/routes/object/deleteObjects.ts; fields of src/storage/schemas/object.ts).
   */
  removed: (bucket: string, paths: string[], ownerId = '00000000-0000-4000-8000-000000000000'): StandInResponse => ({
    status: 200,
    body: paths.map((name, i) => ({
      name, bucket_id: bucket, owner: ownerId, owner_id: ownerId, version: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`,
      updated_at: '2026-11-25T09:00:00.000Z', created_at: '2026-11-25T09:00:00.000Z', last_accessed_at: '2026-11-25T09:00:00.000Z',
      metadata: {}, user_metadata: null,
    })),
  }),
  /** The bytes behind a signed URL (GET /storage/v1/object/sign/...). */
  file: (bytes: Buffer, contentType: string): StandInResponse => ({ status: 200, headers: { 'content-type': contentType }, body: bytes }),
  /** A Storage error, e.g. (403, 'Unauthorized', 'new row violates row-level security policy'). */
  error: (status: number, error: string, message: string): StandInResponse => ({
    status,
    body: { statusCode: String(status), error, message },
  }),
};

export const functions = {
  /** POST/GET /functions/v1/<name>: the function's JSON answer. */
  json: (body: unknown, status = 200): StandInResponse => ({ status, body }),
  /** An edge function's error as supabase/functions/_shared/errors.ts shapes it: { error: { code, message } }. */
  error: (status: number, code: string, message: string): StandInResponse => ({ status, body: { error: { code, message } } }),
};
