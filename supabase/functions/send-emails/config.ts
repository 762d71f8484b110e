// The sender's settings: which provider, who sends, and how hard to drain.
import { baseEnv } from '../_shared/env.ts';
import { z } from '../_shared/zod.ts';

const optional = z.string().trim().min(1).optional().catch(undefined);
const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const senderEnv = baseEnv.extend({
  // sendgrid when SENDGRID_API_KEY is set, else smtp (the local mail catcher).
  EMAIL_PROVIDER: z.enum(['sendgrid', 'smtp']).optional(),
  SENDGRID_API_KEY: optional,
  SENDGRID_API_URL: z.url().default('https://api.sendgrid.com'),
  // Mailpit in `supabase start`'s network; from the host use 127.0.0.1 and config.toml's smtp_port.
  SMTP_HOST: z.string().min(1).default('supabase_inbucket_capitune'),
  SMTP_PORT: int(1, 65535, 1025),
  EMAIL_FROM: z.email().default('notifications@capitune.local'),
  EMAIL_FROM_NAME: z.string().min(1).default('CAPITUNE'),
  EMAIL_BATCH_SIZE: int(1, 500, 50),
  EMAIL_CONCURRENCY: int(1, 50, 8),
  EMAIL_SEND_TIMEOUT_MS: int(100, 60_000, 10_000),
  EMAIL_MAX_ATTEMPTS: int(1, 20, 5),
  // One run stops claiming after this long; with the send timeout it stays far below the lease.
  EMAIL_RUN_BUDGET_MS: int(1_000, 120_000, 45_000),
  EMAIL_LEASE_SECONDS: int(60, 3_600, 300),
  // Where mail clients reach the unsubscribe function for the one-click header (default:
  // SUPABASE_URL/functions/v1/unsubscribe, https on a hosted project; set it when SUPABASE_URL is an
  // internal address, as under serve). People follow the text's link to SITE_URL/desabonnement.
  EMAIL_UNSUBSCRIBE_URL: z.url().optional().catch(undefined),
});
export type SenderEnv = z.infer<typeof senderEnv>;

/** Optional body of a run: smaller batches or fewer of them (manual runs, tests). */
export const runRequest = z.strictObject({
  batch_size: z.number().int().min(1).max(500).optional(),
  max_batches: z.number().int().min(1).max(1_000).optional(),
});
