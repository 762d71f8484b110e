// A function's 500, served by `deno serve` with the platform's environment plus our SENTRY_DSN
// secret, reaches a Sentry stand-in (a real socket taking envelopes at the DSN's
// /api/<project>/envelope/ path, as @sentry/core getEnvelopeEndpointWithUrlEncodedAuth builds it)
// carrying the request id the web app sent, which also appears in the function's JSON log line and
// comes back in the response. (What the scrubber removes: supabase/functions/_shared/report_test.ts.)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type RunningFunction, startFunction } from '../support/edge-functions.ts';

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
let misconfigured: RunningFunction;

beforeAll(async () => {
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  const dsn = `http://publickey@127.0.0.1:${(standIn.address() as AddressInfo).port}/4242`;
  // An invalid SITE_URL makes every request a 500 (configuration_error) before any database work.
  misconfigured = await startFunction('health', {
    databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${await freePort()}/postgres?sslmode=disable`,
    secrets: { SITE_URL: 'pas-une-adresse', SENTRY_DSN: dsn },
  });
});
afterAll(async () => {
  await misconfigured?.stop();
  await new Promise((resolve) => standIn.close(resolve));
});

describe('error reports from the edge functions', () => {
  it('carry the request id sent by the web app into the report, the log and the response', async () => {
    const response = await fetch(misconfigured.url, { headers: { 'x-request-id': 'req-fn-00000001' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe('req-fn-00000001');
    expect(envelopes).toHaveLength(1);
    const event = JSON.parse(envelopes[0]!.split('\n')[2]!);
    expect(event.tags).toMatchObject({ request_id: 'req-fn-00000001', function: 'health' });
    const lines = misconfigured.output().split('\n').filter((line) => line.startsWith('{'));
    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.request_id === 'req-fn-00000001');
    expect(logged).toMatchObject({ level: 'error', function: 'health' });
    expect(typeof logged.time).toBe('string');
  });
});
