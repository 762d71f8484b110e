// Two send-emails instances draining 500 queued emails at once: every email goes, none twice.
// Own database (the sender drains the whole outbox); the throughput is printed, never asserted.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, owner, useDatabase } from '../support/db.ts';
import { outboxIdOf, type Sender, startSender } from '../support/email-sender.ts';
import { type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.ts';

const EMAILS = 500;
let database: IsolatedDatabase | undefined;
let sendgrid: StandIn;
let senders: Sender[] = [];

beforeAll(async () => {
  database = await createIsolatedDatabase('functions_send_concurrency');
  if (!database) return;
  await useDatabase(database.url);
  sendgrid = await startStandIn();
  senders = await Promise.all([startSender(database.url, sendgrid), startSender(database.url, sendgrid)]);
  await senders[0].run(); // the seed's emails first, so the queue holds only this test's
  sendgrid.requests.length = 0;
});
afterAll(async () => {
  await Promise.all([...senders.map((s) => s.stop()), sendgrid?.close()]);
  await closeDb();
  await database?.drop();
});

describe.skipIf(!inject('superuserUrl'))('send-emails under concurrency', () => {
  it(`two concurrent runs over ${EMAILS} queued emails send each exactly once`, async () => {
    const { rows } = await owner<{ id: string }>(
      `insert into public.email_outbox (to_email, template, payload)
       select format('bulk-%s@example.test', n), 'event_reminder',
              jsonb_build_object('event_title', 'Webinaire ' || n, 'lead', '1h', 'link', '/live/x')
       from generate_series(1, $1::int) n
       returning id`,
      [EMAILS],
    );
    const ids = new Set(rows.map((row) => String(row.id)));

    const started = performance.now();
    const results = await Promise.all(senders.map((sender) => sender.run()));
    const seconds = (performance.now() - started) / 1000;

    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.reduce((sum, r) => sum + r.body.sent, 0)).toBe(EMAILS);
    expect(results.every((r) => r.body.sent > 0)).toBe(true); // both instances took part
    const perId = new Map<string, number>();
    for (const request of sendgrid.requests) perId.set(outboxIdOf(request), (perId.get(outboxIdOf(request)) ?? 0) + 1);
    expect(perId.size).toBe(EMAILS);
    expect([...perId.keys()].every((id) => ids.has(id))).toBe(true);
    expect(Math.max(...perId.values())).toBe(1);
    const { rows: statuses } = await owner(`select status, count(*)::int as n from public.email_outbox
      where id = any($1::bigint[]) group by status`, [[...ids]]);
    expect(statuses).toEqual([{ status: 'sent', n: EMAILS }]);
    console.log(`send-emails: ${EMAILS} emails in ${seconds.toFixed(2)} s by 2 instances = ` +
      `${Math.round(EMAILS / seconds)} emails/s against the local SendGrid stand-in`);
  });
});
