// send-emails: drains public.email_outbox. Called every minute by pg_cron (see the
// schedule_send_emails migration) and on demand; only with a service_role key.
import { requireServiceRole } from '../_shared/auth.ts';
import { db } from '../_shared/db.ts';
import { readEnv } from '../_shared/env.ts';
import { createHandler, json, readJson } from '../_shared/http.ts';
import { runRequest, senderEnv } from './config.ts';
import { drainOutbox } from './drain.ts';
import { sqlOutbox } from './outbox.ts';
import { providerFrom } from './providers/select.ts';

export const handler = createHandler({
  methods: ['POST'],
  async handle(req) {
    const env = readEnv(senderEnv);
    await requireServiceRole(req, env);
    const body = await readJson(req, runRequest, { emptyAsObject: true });
    const provider = providerFrom(env);
    const started = performance.now();
    const summary = await drainOutbox(sqlOutbox(db()), provider, {
      batchSize: body.batch_size ?? env.EMAIL_BATCH_SIZE,
      maxBatches: body.max_batches ?? 1_000,
      concurrency: env.EMAIL_CONCURRENCY,
      sendTimeoutMs: env.EMAIL_SEND_TIMEOUT_MS,
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
      budgetMs: env.EMAIL_RUN_BUDGET_MS,
      leaseSeconds: env.EMAIL_LEASE_SECONDS,
      siteUrl: env.SITE_URL,
      unsubscribeBase: env.EMAIL_UNSUBSCRIBE_URL ?? `${env.SUPABASE_URL ?? env.SITE_URL}/functions/v1/unsubscribe`,
      from: { email: env.EMAIL_FROM, name: env.EMAIL_FROM_NAME },
    });
    const durationMs = Math.round(performance.now() - started);
    return json({ provider: provider.name, ...summary, duration_ms: durationMs }, 200, { 'Cache-Control': 'no-store' });
  },
});

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
