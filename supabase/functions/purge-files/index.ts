// purge-files: removes, through the Storage API, the files whose document or avatar row is gone
// (private.orphaned_storage_objects). Called every hour by pg_cron (see the find_orphaned_files
// migration) and on demand; only with a service_role key.
import { requireServiceRole } from '../_shared/auth.ts';
import { db } from '../_shared/db.ts';
import { baseEnv, readEnv, serviceApi } from '../_shared/env.ts';
import { createHandler, json, readJson } from '../_shared/http.ts';
import { z } from '../_shared/zod.ts';
import { purgeFiles, type StoredFile } from './purge.ts';

const runRequest = z.object({
  max_files: z.number().int().min(1).max(10_000).optional(),
  older_than_minutes: z.number().int().min(0).max(10_080).optional(),
});

export const handler = createHandler({
  methods: ['POST'],
  async handle(req) {
    const env = readEnv(baseEnv);
    await requireServiceRole(req, env);
    const body = await readJson(req, runRequest, { emptyAsObject: true });
    const api = serviceApi(env, 'purge-files');
    const files = await db()<StoredFile[]>`
      select bucket_id, name
      from private.orphaned_storage_objects(${body.max_files ?? 1_000}, make_interval(mins => ${body.older_than_minutes ?? 60}))`;
    const summary = await purgeFiles(files, api);
    return json(summary, 200, { 'Cache-Control': 'no-store' });
  },
});

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
