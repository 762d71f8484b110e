// API requests exactly as tests/support/db.ts runs them (and PostgREST, facts §4): one transaction,
// one `select set_config(...)` with the role's own settings, `role`, the caller's JWT claims and the
// request GUCs, then the statement. Claims are built from the auth.users row as Supabase Auth would.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export type Member = { id: string; role: 'candidate' | 'pro' | 'admin' };
export type RequestSettings = [string, string][];
export type Queryable = pg.Client | pg.PoolClient;

const AUTH_ISSUER = 'http://127.0.0.1:54321/auth/v1';

type StoredUser = { id: string; email: string | null; phone: string | null; raw_app_meta_data: object | null;
  raw_user_meta_data: object | null; is_anonymous: boolean; role: Member['role'] };

/** Request settings for each member, claims as in tests/support/db.ts claimsFor (staff at aal2). */
export async function requestSettingsFor(owner: Queryable, ids: string[]): Promise<Map<string, RequestSettings>> {
  const roleSettings = await authenticatedRoleSettings(owner);
  const { rows } = await owner.query<StoredUser>(
    `select u.id, u.email, u.phone, u.raw_app_meta_data, u.raw_user_meta_data, u.is_anonymous, p.role
     from auth.users u join public.profiles p on p.id = u.id where u.id = any($1::uuid[])`,
    [ids],
  );
  const iat = Math.floor(Date.now() / 1000);
  return new Map(rows.map((u) => {
    const aal = u.role === 'candidate' ? 'aal1' : 'aal2';
    const amr = [{ method: 'password', timestamp: iat }, ...(aal === 'aal2' ? [{ method: 'totp', timestamp: iat }] : [])];
    const claims = {
      iss: AUTH_ISSUER, sub: u.id, aud: 'authenticated', exp: iat + 3600, iat, email: u.email ?? '', phone: u.phone ?? '',
      app_metadata: u.raw_app_meta_data ?? { provider: 'email', providers: ['email'] }, user_metadata: u.raw_user_meta_data ?? {},
      role: 'authenticated', aal, amr, session_id: randomUUID(), is_anonymous: u.is_anonymous,
    };
    const settings: RequestSettings = [
      ['search_path', 'public, extensions'],
      ...roleSettings,
      ['role', 'authenticated'],
      ['request.jwt.claims', JSON.stringify(claims)],
      ['request.method', 'POST'],
      ['request.path', '/'],
      ['request.headers', '{}'],
      ['request.cookies', '{}'],
    ];
    return [u.id, settings];
  }));
}

// PostgREST applies the impersonated role's `alter role ... set` values (authenticated: statement_timeout).
async function authenticatedRoleSettings(owner: Queryable): Promise<RequestSettings> {
  const { rows } = await owner.query<{ name: string; value: string }>(
    `select split_part(c, '=', 1) as name, substr(c, strpos(c, '=') + 1) as value
     from pg_db_role_setting s join pg_roles r on r.oid = s.setrole cross join unnest(s.setconfig) as c
     where r.rolname = 'authenticated'
       and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
     order by s.setdatabase`,
  );
  return rows.map((row) => [row.name, row.value]);
}

/** BEGIN (read only for reads, as PostgREST opens GET requests) and the request's settings; with
 *  `prepared`, the settings statement is a prepared one too, as PostgREST's (see runner.ts). */
export async function beginRequest(client: Queryable, settings: RequestSettings, readOnly: boolean, prepared = false): Promise<void> {
  await client.query(readOnly ? 'begin read only' : 'begin');
  if (settings.length === 0) return;
  const calls = settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`);
  const text = `select ${calls.join(', ')}`;
  await client.query(prepared ? { name: `set_config_${settings.length}`, text, values: settings.flat() } : { text, values: settings.flat() });
}

/** The claims alone, for owner-side twins of functions that read auth.uid() (no role switch). */
export function claimsOnly(settings: RequestSettings): RequestSettings {
  return settings.filter(([name]) => name === 'request.jwt.claims');
}
