// Users as Supabase Auth (GoTrue) writes them on an email sign-up with confirmations off
// (config.toml enable_confirmations = false): the same rows, in the same order of writes, by the
// same principal: logged in as supabase_auth_admin, whose search_path is `auth`, naming tables
// unqualified as Auth's models do (supabase/auth internal/models/user.go: TableName() "users").
import { randomBytes, randomUUID } from 'node:crypto';
import { authDb, owner } from './db.ts';

export type SignUpInput = {
  email?: string;
  password?: string;
  fullName?: string;
  metadata?: Record<string, unknown>;
};
export type SignedUpUser = { id: string; email: string; password: string };

export const DEFAULT_PASSWORD = 'Test-Password-2026';

/** A fresh address on a reserved test domain. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}@example.test`;
}

/** Creates a confirmed email/password user; triggers on auth.users fire as on a real sign-up. */
export async function signUp(input: SignUpInput = {}): Promise<SignedUpUser> {
  const email = (input.email ?? uniqueEmail()).toLowerCase();
  const password = input.password ?? DEFAULT_PASSWORD;
  const data = { ...input.metadata, ...(input.fullName === undefined ? {} : { full_name: input.fullName }) };
  // Auth hashes in Go (bcrypt) and generates the id (auth.users.id has no default); pgcrypto stands in for the hash.
  const id = randomUUID();
  const { rows: hashed } = await owner<{ hash: string }>(`select extensions.crypt($1, extensions.gen_salt('bf')) as hash`, [password]);
  const client = await authDb().connect();
  try {
    await client.query('begin');
    // 1. users row: token columns '' (never NULL, facts gotcha 6).
    await client.query(
      `insert into users (
         instance_id, id, aud, role, email, encrypted_password, raw_app_meta_data, raw_user_meta_data,
         created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change,
         email_change_token_current, reauthentication_token, phone_change, phone_change_token, is_sso_user, is_anonymous)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', '', $2, $3,
         '{"provider":"email","providers":["email"]}', $4, now(), now(), '', '', '', '', '', '', '', '', false, false)`,
      [id, email, hashed[0]!.hash, JSON.stringify(data)],
    );
    // 2. GoTrue sets the default role right after the insert.
    await client.query(`update users set role = 'authenticated' where id = $1`, [id]);
    // 3. the email identity (provider_id = user id; sign-up data merged in).
    await client.query(
      `insert into identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
       values ($1::text, $1::uuid, $2::jsonb || jsonb_build_object('sub', $1::text, 'email', $3::text,
         'email_verified', false, 'phone_verified', false), 'email', now(), now(), now())`,
      [id, JSON.stringify(data), email],
    );
    // 4. autoconfirm, then the immediate sign-in that follows it.
    await client.query(
      `update users set confirmation_token = '', email_confirmed_at = now() where id = $1`,
      [id],
    );
    await client.query(
      `update users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || '{"email_verified": true}',
         last_sign_in_at = now(), updated_at = now()
       where id = $1`,
      [id],
    );
    await client.query('commit');
    return { id, email, password };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
