import assert from 'node:assert/strict';
import { type DrainOptions, drainOutbox, eachLimited } from './drain.ts';
import type { Outbox, OutboxRow } from './outbox.ts';
import { type EmailProvider, SendError } from './providers/provider.ts';

const options: DrainOptions = {
  batchSize: 2,
  maxBatches: 100,
  concurrency: 2,
  sendTimeoutMs: 1_000,
  maxAttempts: 5,
  budgetMs: 5_000,
  leaseSeconds: 300,
  siteUrl: 'https://app.capitune.ca',
  unsubscribeBase: 'https://ref.supabase.co/functions/v1/unsubscribe',
  from: { email: 'n@capitune.local', name: 'CAPITUNE' },
};

/** An in-memory outbox that records marks. */
function memoryOutbox(rows: OutboxRow[]) {
  const queue = [...rows];
  const marks: string[] = [];
  const outbox: Outbox = {
    claim: (size) => Promise.resolve(queue.splice(0, size)),
    recipientNames: (ids) => Promise.resolve(new Map(ids.map((id) => [id, `Nom ${id}`]))),
    unsubscribeTokens: (ids) => Promise.resolve(new Map(ids.map((id) => [id, id.padEnd(64, 'a')]))),
    markSent: (id) => (marks.push(`sent ${id}`), Promise.resolve()),
    markFailed: (
      id,
      _error,
      max,
    ) => (marks.push(`failed ${id} max=${max}`), Promise.resolve(max === 1 ? 'dead' : 'pending')),
  };
  return { outbox, marks };
}

const row = (id: string, template = 'message_received'): OutboxRow => ({
  id,
  user_id: `u${id}`,
  to_email: `${id}@example.test`,
  template,
  email_kind: 'messages',
  payload: { sender_name: 'Julie' },
  attempts: 1,
});

Deno.test('every claimed email is sent once and marked sent', async () => {
  const { outbox, marks } = memoryOutbox([row('1'), row('2'), row('3')]);
  const sent: string[] = [];
  const provider: EmailProvider = { name: 'fake', send: (email) => (sent.push(email.outboxId), Promise.resolve()) };
  const summary = await drainOutbox(outbox, provider, options);
  assert.deepEqual(sent.sort(), ['1', '2', '3']);
  assert.deepEqual(marks.sort(), ['sent 1', 'sent 2', 'sent 3']);
  assert.deepEqual(summary, { batches: 2, claimed: 3, sent: 3, retrying: 0, dead: 0 });
});

Deno.test('retryable failures back off; permanent ones and unrenderable rows die at once', async () => {
  const { outbox, marks } = memoryOutbox([row('1'), row('2'), row('3', 'no_such_template')]);
  const provider: EmailProvider = {
    name: 'fake',
    send: (email) => Promise.reject(new SendError('nope', email.outboxId === '2')),
  };
  const originalWarn = console.warn;
  console.warn = () => {};
  try {
    const summary = await drainOutbox(outbox, provider, options);
    assert.deepEqual(marks.sort(), ['failed 1 max=5', 'failed 2 max=1', 'failed 3 max=1']);
    assert.deepEqual([summary.sent, summary.retrying, summary.dead], [0, 1, 2]);
  } finally {
    console.warn = originalWarn;
  }
});

Deno.test('the recipient’s name greets them', async () => {
  const { outbox } = memoryOutbox([row('9')]);
  let text = '';
  await drainOutbox(outbox, { name: 'fake', send: (email) => ((text = email.text), Promise.resolve()) }, options);
  assert.match(text, /^Bonjour Nom u9,/);
});

Deno.test('eachLimited never runs more than the limit at once', async () => {
  let running = 0;
  let peak = 0;
  await eachLimited(Array.from({ length: 20 }, (_, i) => i), 3, async () => {
    peak = Math.max(peak, ++running);
    await new Promise((resolve) => setTimeout(resolve, 2));
    running--;
  });
  assert.equal(peak, 3);
});

Deno.test('an email the member may turn off: the RFC 8058 headers name the function, its text the web page', async () => {
  const { outbox } = memoryOutbox([row('7')]);
  let sent: Parameters<EmailProvider['send']>[0] | undefined;
  await drainOutbox(outbox, { name: 'fake', send: (email) => ((sent = email), Promise.resolve()) }, options);
  const query = `?token=${'u7'.padEnd(64, 'a')}&kind=messages`;
  assert.deepEqual(sent?.headers, {
    'List-Unsubscribe': `<https://ref.supabase.co/functions/v1/unsubscribe${query}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });
  const page = `https://app.capitune.ca/desabonnement${query}`;
  assert.ok(sent?.text.includes(`Ne plus recevoir ce type de courriel\u202f: ${page}`));
  assert.ok(sent?.html.includes(`href="${page.replace('&', '&amp;')}"`));
  assert.ok(!sent?.text.includes('functions/v1'));
});

Deno.test('a security or account email has no unsubscribe link', async () => {
  const { outbox } = memoryOutbox([{ ...row('8'), email_kind: 'security' }]);
  let sent: Parameters<EmailProvider['send']>[0] | undefined;
  await drainOutbox(outbox, { name: 'fake', send: (email) => ((sent = email), Promise.resolve()) }, options);
  assert.equal(sent?.headers, undefined);
  assert.ok(!sent?.text.includes('unsubscribe'));
});
