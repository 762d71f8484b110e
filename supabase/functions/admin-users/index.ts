// admin-users: the admin screen's user list (GET, or POST {action:'list'}) and its actions
// (POST suspend | activate | set_role). The database decides who is an admin; suspending also
// bans the user in Supabase Auth so their sessions end.
import { requireUser, tokenCheckFrom } from '../_shared/auth.ts';
import { baseEnv, readEnv } from '../_shared/env.ts';
import { createHandler, json, languageOf, readJson, validate } from '../_shared/http.ts';
import { listUsers, setRole, setStatus } from './actions.ts';
import { actionBody, listQuery } from '../_shared/contract/admin-users-requests.ts';

const noStore = { 'Cache-Control': 'no-store' };

export const handler = createHandler({
  methods: ['GET', 'POST'],
  async handle(req) {
    const env = readEnv(baseEnv);
    const claims = await requireUser(req, tokenCheckFrom(env));
    if (req.method === 'GET') {
      const query = validate(listQuery, Object.fromEntries(new URL(req.url).searchParams), languageOf(req));
      return json(await listUsers(claims, query), 200, noStore);
    }
    const body = await readJson(req, actionBody);
    switch (body.action) {
      case 'list':
        return json(await listUsers(claims, body), 200, noStore);
      case 'suspend':
        return json(await setStatus(env, claims, body.user_id, 'suspended'), 200, noStore);
      case 'activate':
        return json(await setStatus(env, claims, body.user_id, 'active'), 200, noStore);
      case 'set_role':
        return json(await setRole(claims, body.user_id, body.role), 200, noStore);
    }
  },
});

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
