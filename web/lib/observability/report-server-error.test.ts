// @vitest-environment node
// The web server's errors reach Sentry — here a stand-in on a real socket taking envelopes at the
// DSN's /api/<project>/envelope/ path (@sentry/core getEnvelopeEndpointWithUrlEncodedAuth) — with
// their request id and nothing personal, whether thrown while serving a request (onRequestError,
// as Next calls it) or relayed from the browser by /api/errors.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { onRequestError } from '@/instrumentation';
import { POST } from '@/app/api/errors/route';

const email = 'marie.tremblay@exemple.qc.ca';
const messageBody = 'Bonjour, voici mon numéro de dossier';
const personal = [email, 'marie.tremblay', messageBody, 'numéro', 'secret-token', 'sb-access-token'];

const envelopes: string[] = [];
const standIn = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    if (req.method === 'POST' && req.url?.startsWith('/api/4242/envelope/')) envelopes.push(body);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
});

/** The event of the only envelope received (header line, item header line, event line). */
function onlyEvent() {
  expect(envelopes).toHaveLength(1);
  return JSON.parse(envelopes[0]!.split('\n')[2]!) as {
    tags: Record<string, string>;
    exception: { values: { type: string; value: string }[] };
  };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  // What Next's Node.js server sets before loading instrumentation.ts (docs: instrumentation, NEXT_RUNTIME).
  process.env.NEXT_RUNTIME = 'nodejs';
  process.env.SENTRY_DSN = `http://publickey@127.0.0.1:${(standIn.address() as AddressInfo).port}/4242`;
});
afterEach(() => {
  envelopes.length = 0;
  vi.restoreAllMocks();
});
afterAll(async () => {
  delete process.env.SENTRY_DSN;
  delete process.env.NEXT_RUNTIME;
  await new Promise((resolve) => standIn.close(resolve));
});

const thrown = () => new Error(`insert failed for ${email}. Failing row contains (7, ${messageBody}).`);
const request = {
  path: `/api/messages?email=${encodeURIComponent(email)}`,
  method: 'POST',
  headers: { 'x-request-id': 'req-web-0001', cookie: 'sb-access-token=abc', authorization: 'Bearer secret-token' },
};
const context = { routerKind: 'App Router', routePath: '/api/messages', routeType: 'route' } as Parameters<
  typeof onRequestError
>[2];

describe('server errors', () => {
  it('arrive with their request id and route, without addresses, message bodies, cookies or tokens', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await onRequestError(thrown(), request, context);
    const event = onlyEvent();
    expect(event.tags).toMatchObject({ request_id: 'req-web-0001', route: '/api/messages' });
    expect(event.exception.values[0]!.value).toBe('insert failed for [email]. Failing row contains [redacted].');
    for (const secret of personal) expect(envelopes[0]).not.toContain(secret);

    const line = JSON.parse(String(logged.mock.calls[0]![0]));
    expect(line).toMatchObject({ level: 'error', request_id: 'req-web-0001', route: '/api/messages' });
    expect(Object.keys(line)).toEqual(expect.arrayContaining(['time', 'level', 'message', 'request_id', 'route']));
    for (const secret of personal) expect(line.message).not.toContain(secret);
  });

  it('get a request id of their own when the request brought none', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await onRequestError(thrown(), { ...request, headers: {} }, context);
    expect(onlyEvent().tags.request_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('are only logged when no DSN is set', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const dsn = process.env.SENTRY_DSN;
    delete process.env.SENTRY_DSN;
    try {
      await onRequestError(thrown(), request, context);
    } finally {
      process.env.SENTRY_DSN = dsn;
    }
    expect(envelopes).toHaveLength(0);
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe('browser errors relayed by /api/errors', () => {
  it('arrive with the browser’s request id, scrubbed, and foreign origins are refused', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const send = (origin: string) =>
      POST(new Request('http://localhost:3000/api/errors', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-request-id': 'req-browser-0001', origin },
        body: JSON.stringify({ name: 'TypeError', message: `no profile for ${email}: ${messageBody}`, path: '/messages' }),
      }));
    expect((await send('https://evil.test')).status).toBe(403);
    expect(envelopes).toHaveLength(0);
    expect((await send('http://localhost:3000')).status).toBe(204);
    const event = onlyEvent();
    expect(event.tags).toMatchObject({ request_id: 'req-browser-0001', route: 'browser /messages' });
    expect(envelopes[0]).not.toContain(email);
  });
});
