// Supabase Auth's admin API, with the service-role key: a ban ends the user's sessions and stops
// new sign-ins and token refreshes; 'none' lifts it.
import { type BaseEnv, serviceApi } from '../_shared/env.ts';
import { HttpError } from '../_shared/errors.ts';

/** About a hundred years: Supabase Auth has no "until lifted", so a very long ban stands in for it. */
export const indefiniteBan = '876000h';

export async function setAuthBan(env: BaseEnv, userId: string, banned: boolean, doFetch = fetch): Promise<void> {
  const api = serviceApi(env, 'admin-users');
  const url = new URL(`/auth/v1/admin/users/${encodeURIComponent(userId)}`, api.url);
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'PUT',
      headers: api.headers,
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
  new HttpError(502, 'auth_update_failed', {
    fr: 'Supabase Auth n’a pas pu mettre à jour le compte ; rien n’a été modifié.',
    en: 'Supabase Auth could not update the account; nothing was changed.',
  });
