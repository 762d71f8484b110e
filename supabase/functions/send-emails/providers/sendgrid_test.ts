import assert from 'node:assert/strict';
import type { OutgoingEmail } from './provider.ts';
import { SendError } from './provider.ts';
import { sendgridProvider } from './sendgrid.ts';

const email: OutgoingEmail = {
  outboxId: '42',
  kind: 'document_reviewed',
  to: 'awa@example.test',
  from: { email: 'notifications@capitune.ca', name: 'CAPITUNE' },
  subject: 'Document refusé : passeport.pdf',
  text: 'texte',
  html: '<p>html</p>',
};

function recording(status: number, body = '') {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return Promise.resolve(new Response(body, { status }));
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

Deno.test('SendGrid gets one v3 mail send with the key, text before HTML, and the outbox id', async () => {
  const { calls, fetch } = recording(202);
  await sendgridProvider({ apiKey: 'SG.key', baseUrl: 'https://api.sendgrid.test', fetch }).send(
    email,
    new AbortController().signal,
  );
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, 'https://api.sendgrid.test/v3/mail/send');
  assert.equal(new Headers(calls[0].init.headers).get('authorization'), 'Bearer SG.key');
  const body = JSON.parse(String(calls[0].init.body));
  assert.deepEqual(body.personalizations, [{ to: [{ email: 'awa@example.test' }] }]);
  assert.deepEqual(body.content.map((c: { type: string }) => c.type), ['text/plain', 'text/html']);
  assert.deepEqual(body.custom_args, { outbox_id: '42' });
  assert.equal(body.subject, email.subject);
});

Deno.test('a 5xx or 429 is retryable, a 400 is permanent', async () => {
  for (const [status, permanent] of [[500, false], [429, false], [401, false], [400, true]] as const) {
    const { fetch } = recording(status, '{"errors":[]}');
    await assert.rejects(
      sendgridProvider({ apiKey: 'k', baseUrl: 'https://api.sendgrid.test', fetch }).send(
        email,
        new AbortController().signal,
      ),
      (error: unknown) => error instanceof SendError && error.permanent === permanent,
    );
  }
});

Deno.test('a timeout is a retryable failure', async () => {
  const fetch =
    ((_url: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason))
      )) as typeof globalThis.fetch;
  await assert.rejects(
    sendgridProvider({ apiKey: 'k', baseUrl: 'https://api.sendgrid.test', fetch }).send(email, AbortSignal.timeout(20)),
    (error: unknown) => error instanceof SendError && !error.permanent && /timed out/.test(error.message),
  );
});

Deno.test('an address that could inject recipients is refused before sending', async () => {
  const { calls, fetch } = recording(202);
  await assert.rejects(
    sendgridProvider({ apiKey: 'k', baseUrl: 'https://api.sendgrid.test', fetch })
      .send({ ...email, to: 'a@x.test>, <b@y.test' }, new AbortController().signal),
    (error: unknown) => error instanceof SendError && error.permanent,
  );
  assert.equal(calls.length, 0);
});

Deno.test('the one-click unsubscribe headers reach SendGrid as headers of the message', async () => {
  const { calls, fetch } = recording(202);
  const headers = {
    'List-Unsubscribe': '<https://ref.supabase.co/functions/v1/unsubscribe?token=t&kind=dossiers>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  await sendgridProvider({ apiKey: 'SG.k', baseUrl: 'https://sendgrid.test', fetch }).send(
    { ...email, headers },
    AbortSignal.timeout(1_000),
  );
  assert.deepEqual(JSON.parse(String(calls[0]!.init.body)).headers, headers);
});
