// admin-analytics: the dashboard figures for an active admin. The database decides who that is:
// admin_analytics() runs as the caller and raises 42501 for anyone else (→ 403).
import { requireUser, tokenCheckFrom } from '../_shared/auth.ts';
import { actAs } from '../_shared/db.ts';
import { baseEnv, readEnv } from '../_shared/env.ts';
import type { AnalyticsResponse } from '../_shared/contract/admin-analytics.ts';
import { createHandler, json } from '../_shared/http.ts';
import { type Analytics, chartsFrom } from './charts.ts';

export const handler = createHandler({
  methods: ['GET', 'POST'],
  async handle(req) {
    const claims = await requireUser(req, tokenCheckFrom(readEnv(baseEnv)));
    const analytics = await actAs('authenticated', claims, async (tx) => {
      const [row] = await tx<{ data: Analytics }[]>`select public.admin_analytics() as data`;
      return row.data;
    }, { readOnly: true });
    // Per-user data: only the browser may keep it, briefly; never a shared cache.
    return json({ analytics, ...chartsFrom(analytics) } satisfies AnalyticsResponse, 200, {
      'Cache-Control': 'private, max-age=60',
      Vary: 'Authorization, Origin',
    });
  },
});

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
