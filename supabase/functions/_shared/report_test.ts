// An edge function's server error reaches Sentry, here a stand-in on a real socket that takes
// envelopes at the DSN's /api/<project>/envelope/ path (the SDK's own endpoint: @sentry/core
// getEnvelopeEndpointWithUrlEncodedAuth), with its request id and nothing personal.
import assert from 'node:assert/strict';
import { createHandler } from './http.ts';

const email = 'marie.tremblay@exemple.qc.ca';
const messageBody = 'Bonjour, voici mon numéro de dossier';

Deno.test({
  name: 'a 500 is reported with its request id; no address, message body, cookie, token or query leaves',
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const envelopes: string[] = [];
    const received = Promise.withResolvers<void>();
    const standIn = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, async (req) => {
      if (req.method === 'POST' && new URL(req.url).pathname === '/api/4242/envelope/') {
        envelopes.push(await req.text());
        received.resolve();
      }
      return new Response('{}', { status: 200 });
    });
    Deno.env.set('SENTRY_DSN', `http://publickey@127.0.0.1:${standIn.addr.port}/4242`);
    try {
      const handler = createHandler({
        methods: ['POST'],
        origins: [],
        async handle(req) {
          const { body } = await req.json();
          throw new Error(`insert failed for ${email}. Failing row contains (7, ${body}).`);
        },
      });
      const response = await handler(
        new Request(`http://fn.test/functions/v1/messages?email=${encodeURIComponent(email)}`, {
          method: 'POST',
          headers: { 'x-request-id': 'req-edge-0001', authorization: 'Bearer secret-token', cookie: 'sb=session' },
          body: JSON.stringify({ body: messageBody }),
        }),
      );
      assert.equal(response.status, 500);
      assert.equal(response.headers.get('x-request-id'), 'req-edge-0001');
      await received.promise;
      const envelope = envelopes.join('\n');
      const event = JSON.parse(envelope.split('\n')[2]);
      assert.equal(event.tags.request_id, 'req-edge-0001');
      assert.equal(event.tags.function, 'messages');
      assert.match(event.exception.values[0].value, /insert failed for \[email\]/);
      for (const secret of [email, 'marie.tremblay', messageBody, 'numéro', 'secret-token', 'sb=session']) {
        assert.ok(!envelope.includes(secret), `the envelope carries ${secret}`);
      }
    } finally {
      Deno.env.delete('SENTRY_DSN');
      await standIn.shutdown();
    }
  },
});
