// Supabase Auth's admin API, with the service-role key: a ban ends the user's sessions and stops
// new sign-ins and token refreshes; 'none' lifts it.
import { type BaseEnv, secretKeys } from '../_shared/env.ts';
import { errors, HttpError } from '../_shared/errors.ts';

/** About a hundred years: Supabase Auth has no "until lifted", so a very long ban stands in for it. */
export const indefiniteBan = '876000h';

export async function setAuthBan(env: BaseEnv, userId: string, banned: boolean, doFetch = fetch): Promise<void> {
  const [key] = secretKeys(env);
  if (!env.SUPABASE_URL || !key) {
    console.error('admin-users needs SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY (or SUPABASE_SECRET_KEYS).');
    throw errors.configuration();
  }
  const url = new URL(`/auth/v1/admin/users/${encodeURIComponent(userId)}`, env.SUPABASE_URL);
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'PUT',
      headers: { apikey: key, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ban_duration: banned ? indefiniteBan : 'none' }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    console.error(`Auth admin API unreachable: ${String(error)}`);
    throw authFailed();
  }
  if (!response.ok) {
    console.error(`Auth admin API answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    throw authFailed();
  }
  await response.body?.cancel();
}

const authFailed = () =>
  new HttpError(502, 'auth_update_failed', 'Supabase Auth n’a pas pu mettre à jour le compte ; rien n’a été modifié.');
