// One run of the sender: claim a batch, render and send each email, mark it sent or failed, and
// go on until the outbox has nothing due or the run's time budget is spent.
import type { Outbox, OutboxRow } from './outbox.ts';
import { type EmailProvider, SendError } from './providers/provider.ts';
import { isOptionalEmailKind, unsubscribeHeaders, unsubscribePageUrl, unsubscribeUrl } from '../_shared/unsubscribe-link.ts';
import { renderEmail } from './templates/render.ts';

export type DrainOptions = {
  batchSize: number;
  maxBatches: number;
  concurrency: number;
  sendTimeoutMs: number;
  maxAttempts: number;
  budgetMs: number;
  leaseSeconds: number;
  siteUrl: string;
  /** The unsubscribe function's address (the one-click header); links carry each recipient's token. */
  unsubscribeBase: string;
  from: { email: string; name: string };
};

export type DrainSummary = { batches: number; claimed: number; sent: number; retrying: number; dead: number };

export async function drainOutbox(
  outbox: Outbox,
  provider: EmailProvider,
  options: DrainOptions,
): Promise<DrainSummary> {
  const summary: DrainSummary = { batches: 0, claimed: 0, sent: 0, retrying: 0, dead: 0 };
  const deadline = Date.now() + options.budgetMs;
  while (summary.batches < options.maxBatches && Date.now() < deadline) {
    const rows = await outbox.claim(options.batchSize, options.leaseSeconds, options.maxAttempts);
    if (rows.length === 0) break;
    summary.batches++;
    summary.claimed += rows.length;
    const userIds = [...new Set(rows.flatMap((row) => (row.user_id ? [row.user_id] : [])))];
    const [names, tokens] = await Promise.all([outbox.recipientNames(userIds), outbox.unsubscribeTokens(userIds)]);
    await eachLimited(rows, options.concurrency, async (row) => {
      const recipient = { name: names.get(row.user_id ?? ''), token: tokens.get(row.user_id ?? '') };
      const outcome = await deliver(row, recipient, outbox, provider, options);
      summary[outcome]++;
    });
    if (rows.length < options.batchSize) break;
  }
  return summary;
}

async function deliver(
  row: OutboxRow,
  recipient: { name?: string; token?: string },
  outbox: Outbox,
  provider: EmailProvider,
  options: DrainOptions,
): Promise<'sent' | 'retrying' | 'dead'> {
  try {
    // Every email a member may turn off carries its one-click header (the function) and, in its text,
    // the link to the web app's page; security and account emails carry neither.
    const optional = recipient.token && isOptionalEmailKind(row.email_kind)
      ? { token: recipient.token, kind: row.email_kind }
      : undefined;
    const email = renderEmail(row.template, row.payload, {
      siteUrl: options.siteUrl,
      recipientName: recipient.name,
      unsubscribeUrl: optional && unsubscribePageUrl(options.siteUrl, optional.token, optional.kind),
    });
    const headers = optional && unsubscribeHeaders(unsubscribeUrl(options.unsubscribeBase, optional.token, optional.kind));
    await provider.send(
      { outboxId: row.id, kind: row.template, to: row.to_email, from: options.from, ...email, headers },
      AbortSignal.timeout(options.sendTimeoutMs),
    );
  } catch (error) {
    // A message that can never go (bad template data, refused address) dies now; others back off.
    const permanent = !(error instanceof SendError) || error.permanent;
    const message = error instanceof Error ? error.message : String(error);
    const status = await outbox.markFailed(row.id, message, permanent ? 1 : options.maxAttempts);
    console.warn(`email ${row.id} (${row.template}) failed, now ${status}: ${message}`);
    return status === 'dead' ? 'dead' : 'retrying';
  }
  await outbox.markSent(row.id);
  return 'sent';
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
