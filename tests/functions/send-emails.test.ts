// send-emails drains the outbox through a SendGrid stand-in that records each request. It runs in a
// database of its own: the sender takes every due email, so sharing the outbox would race other files.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { as, closeDb, owner, useDatabase } from '../support/db.ts';
import { asBrowser, asPgCron, TEST_SITE_URL } from '../support/edge-functions.ts';
import { mailOf, outboxIdOf, recipientOf, type Sender, startSender } from '../support/email-sender.ts';
import { type RecordedRequest, type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.ts';
import { testProject, tokenFor } from '../support/tokens.ts';
import { createDocument, createDossier, createMember } from '../support/world.ts';

let database: IsolatedDatabase | undefined;
let sendgrid: StandIn;
let sender: Sender;

beforeAll(async () => {
  database = await createIsolatedDatabase('functions_send_emails');
  if (!database) return;
  await useDatabase(database.url);
  sendgrid = await startStandIn();
  sender = await startSender(database.url, sendgrid, { EMAIL_SEND_TIMEOUT_MS: '500' });
  await sender.run(); // whatever the seed queued goes now, so each test starts from an empty queue
});
afterAll(async () => {
  await Promise.all([sender?.stop(), sendgrid?.close()]);
  await closeDb(); // this file's pool goes before its database
  await database?.drop();
});
beforeEach(() => sendgrid?.answerWith({ status: 202 }));

const run = (body?: unknown, headers?: Record<string, string>) => sender.run(body, headers);
const requestsTo = (email: string) => sendgrid.requests.filter((r) => recipientOf(r) === email);
const requestsFor = (id: string) => sendgrid.requests.filter((r) => outboxIdOf(r) === id);
const accepted = (requests: RecordedRequest[]) => requests.filter((r) => r.answer === 202);

/** One due email for a fresh address; returns its outbox id and address. */
async function enqueue(): Promise<{ id: string; to: string }> {
  const to = `retry-${crypto.randomUUID()}@example.test`;
  const { rows } = await owner<{ id: string }>(
    `insert into public.email_outbox (to_email, template, payload)
     values ($1, 'event_reminder', '{"event_title": "Webinaire CSQ", "lead": "24h", "link": "/live/x"}') returning id`,
    [to],
  );
  return { id: rows[0].id, to };
}
const outboxRow = async (id: string) =>
  (await owner(`select status, attempts, last_error, next_attempt_at > now() as waiting from public.email_outbox where id = $1`,
    [id])).rows[0];

describe.skipIf(!inject('superuserUrl'))('send-emails', () => {
  it('sends exactly one email for a rejected document, to the candidate, with the reason', async () => {
    const [candidate, pro] = await Promise.all([createMember({ fullName: 'Awa Ndiaye' }), createMember({ role: 'pro' })]);
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review', title: 'Entrée express' });
    const document = await createDocument(dossier, candidate.id, { fileName: 'passeport.pdf' });
    await as(pro.actor, (q) => q.query(`select public.review_document($1, 'rejected', 'Photo illisible')`, [document.id]));

    expect((await run()).status).toBe(200);
    await run(); // a second run finds nothing more to send
    const requests = requestsTo(candidate.email);
    expect(requests).toHaveLength(1);
    const email = mailOf(requests[0]);
    expect(email.subject).toBe('Document refusé\u00a0: passeport.pdf');
    const text = email.content.find((c) => c.type === 'text/plain')!.value;
    expect(text).toMatch(/^Bonjour Awa Ndiaye,/);
    expect(text).toContain('> Photo illisible');
    expect(text).toContain(`${TEST_SITE_URL}/dossiers/${dossier}`);
    expect(requests[0].headers.authorization).toBe('Bearer SG.test-key');
    expect(requestsTo(pro.email)).toHaveLength(0);
    const { rows } = await owner(`select status from public.email_outbox where to_email = $1`, [candidate.email]);
    expect(rows).toEqual([{ status: 'sent' }]);
  });

  for (const [failure, answer] of [['answers 500', { status: 500 }], ['times out', 'hang']] as const) {
    it(`retries later when the provider ${failure}, then sends once`, async () => {
      const { id } = await enqueue();
      sendgrid.answerWith(answer);
      expect((await run()).body).toMatchObject({ retrying: 1, sent: 0 });
      expect(await outboxRow(id)).toMatchObject({ status: 'pending', attempts: 1, waiting: true });
      sendgrid.answerWith({ status: 202 });
      await run(); // not due yet: the back-off holds it
      expect(requestsFor(id)).toHaveLength(1);
      await owner(`update public.email_outbox set next_attempt_at = now() where id = $1`, [id]); // time passes
      expect((await run()).body).toMatchObject({ sent: 1 });
      await run();
      expect(requestsFor(id)).toHaveLength(2);
      expect(accepted(requestsFor(id))).toHaveLength(1);
      expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    });
  }

  it('sends every notification kind (one template per enum value)', async () => {
    const { rows: kinds } = await owner<{ kind: string }>(
      `select unnest(enum_range(null::public.notification_kind))::text as kind`);
    const to = `kinds-${crypto.randomUUID()}@example.test`;
    await owner(`insert into public.email_outbox (to_email, template) select $1, k::public.notification_kind from unnest($2::text[]) k`,
      [to, kinds.map((k) => k.kind)]);
    expect((await run()).body).toMatchObject({ sent: kinds.length, dead: 0 });
    expect(requestsTo(to)).toHaveLength(kinds.length);
  });

  it('runs for pg_cron with the secret key or the legacy service_role key', async () => {
    for (const key of [testProject.secretKey, testProject.serviceRoleKey]) {
      expect((await run(undefined, asPgCron(key))).status).toBe(200);
      expect((await run(undefined, { apikey: key })).status).toBe(200);
    }
  });

  it('is for the service role only, and validates its body', async () => {
    const candidate = await createMember();
    expect((await run(undefined, asBrowser(await tokenFor(candidate.actor)))).status).toBe(403);
    expect((await run(undefined, { apikey: testProject.publishableKey })).status).toBe(403);
    expect((await run(undefined, asPgCron(testProject.anonKey))).status).toBe(403);
    expect((await run(undefined, asPgCron('garbage'))).status).toBe(401);
    expect((await run(undefined, {})).status).toBe(401);
    const badJson = await run('{"batch_size":');
    expect([badJson.status, badJson.body.error.code]).toEqual([400, 'invalid_json']);
    const badBody = await run({ batch_size: 0 });
    expect([badBody.status, badBody.body.error.code]).toEqual([400, 'invalid_payload']);
  });
});
