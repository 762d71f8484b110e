// health: the database answers → ok; it does not → degraded, with a 503 a probe can act on.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, type RunningFunction, startFunction, TEST_SITE_URL } from '../support/edge-functions.ts';

let healthy: RunningFunction;
let broken: RunningFunction;

beforeAll(async () => {
  const nobody = `postgresql://postgres:postgres@127.0.0.1:${await freePort()}/postgres?sslmode=disable`;
  [healthy, broken] = await Promise.all([
    startFunction('health', { databaseUrl: inject('databaseUrl') }),
    startFunction('health', { databaseUrl: nobody }),
  ]);
});
afterAll(async () => Promise.all([healthy?.stop(), broken?.stop()]));

describe('health', () => {
  it('says ok when the database answers select 1', async () => {
    const response = await fetch(healthy.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', checks: { database: { status: 'ok' } } });
    expect(body.checks.database.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('says degraded, with 503, when the database cannot be reached', async () => {
    const response = await fetch(broken.url);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      checks: { database: { status: 'down', message: 'Base de données injoignable.' } },
    });
  });

  it('answers the web app’s origin with CORS headers and refuses others', async () => {
    const allowed = await fetch(healthy.url, { headers: { Origin: TEST_SITE_URL } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(TEST_SITE_URL);
    const refused = await fetch(healthy.url, { headers: { Origin: 'https://evil.test' } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('origin_not_allowed');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(healthy.url, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
