// admin-analytics: admin_analytics() as the calling admin, plus chart series; the database decides
// who is an admin, the function only checks the token, with the keys the platform gives it.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { user } from '../support/db.ts';
import { asBrowser, type RunningFunction, startFunction } from '../support/edge-functions.ts';
import { type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { answerAsAuthUser, testProject, tokenFor } from '../support/tokens.ts';
import { createMember, type Member } from '../support/world.ts';

let served: RunningFunction;
let hosted: RunningFunction;
let auth: StandIn;
let admin: Member;
let candidate: Member;
let suspendedAdmin: Member;

beforeAll(async () => {
  auth = await startStandIn();
  const databaseUrl = inject('databaseUrl');
  [served, hosted, admin, candidate, suspendedAdmin] = await Promise.all([
    startFunction('admin-analytics', { databaseUrl, supabaseUrl: auth.url }),
    startFunction('admin-analytics', { databaseUrl, supabaseUrl: auth.url, runtime: 'hosted' }),
    createMember({ role: 'admin', fullName: 'Admin Analytique' }),
    createMember({ fullName: 'Candidate Curieuse' }),
    createMember({ role: 'admin', status: 'suspended', fullName: 'Admin Suspendu' }),
  ]);
});
afterAll(async () => Promise.all([served?.stop(), hosted?.stop(), auth?.close()]));
beforeEach(() => {
  auth.requests.length = 0;
  auth.answerWith(answerAsAuthUser);
});

const call = (token?: string, init: RequestInit = {}, fn = served) =>
  fetch(fn.url, { ...init, headers: { ...(token ? asBrowser(token) : {}), ...init.headers } });

describe('admin-analytics', () => {
  it('gives an active admin the analytics and the chart series, cached privately for a minute', async () => {
    const response = await call(await tokenFor(admin.actor));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(response.headers.get('vary')).toContain('Authorization');
    const body = await response.json();
    expect(body.analytics).toHaveProperty('users_by_role_and_status');
    expect(body.analytics.weekly).toHaveLength(12);
    expect(body.charts.weekly_activity.series.map((s: { key: string }) => s.key))
      .toEqual(['signups', 'posts', 'comments', 'likes']);
    expect(body.charts.dossiers_by_status.slices).toHaveLength(7);
    expect(body.totals.users).toBeGreaterThanOrEqual(3);
  });

  it('answers POST too (supabase-js functions.invoke)', async () => {
    const response = await call(await tokenFor(admin.actor), { method: 'POST' });
    expect(response.status).toBe(200);
  });

  it('refuses a candidate and a suspended admin with 403 and the database’s message', async () => {
    for (const member of [candidate, suspendedAdmin]) {
      const response = await call(await tokenFor(member.actor));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'forbidden', message: 'Réservé aux administrateurs (compte actif, double authentification).' },
      });
    }
  });

  it('refuses API keys: they are nobody’s session', async () => {
    for (const key of [testProject.serviceRoleKey, testProject.anonKey]) expect((await call(key)).status).toBe(403);
    for (const key of [testProject.secretKey, testProject.publishableKey]) expect((await call(key)).status).toBe(401);
  });

  it('rejects a missing, forged or expired token with 401', async () => {
    const past = { exp: Math.floor(Date.now() / 1000) - 10 };
    const cases: [string | undefined, string][] = [
      [undefined, 'missing_token'],
      [await tokenFor(admin.actor, 'ES256 of another key'), 'invalid_token'],
      [await tokenFor(admin.actor, 'HS256 of another secret'), 'invalid_token'],
      [await tokenFor(user(admin.id), 'ES256', past), 'token_expired'],
      [await tokenFor(user(admin.id), 'HS256', past), 'token_expired'],
    ];
    for (const [token, code] of cases) {
      const response = await call(token);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe(code);
    }
    expect(auth.requests).toEqual([]);
  });
});

describe('admin-analytics: user tokens in both key modes', () => {
  it('functions serve: accepts an ES256 token whose key is in SUPABASE_JWKS, without asking Auth', async () => {
    expect((await call(await tokenFor(admin.actor, 'ES256'))).status).toBe(200);
    expect(auth.requests).toEqual([]);
  });

  it('functions serve: accepts an HS256 token signed with the legacy secret, there as an oct key', async () => {
    expect((await call(await tokenFor(admin.actor, 'HS256'))).status).toBe(200);
    expect(auth.requests).toEqual([]);
  });

  it('hosted: checks an ES256 token with the published key, without asking Auth', async () => {
    expect((await call(await tokenFor(admin.actor, 'ES256'), {}, hosted)).status).toBe(200);
    expect(auth.requests).toEqual([]);
  });

  it('hosted: asks Auth about an HS256 token, since the published JWKS has no secret', async () => {
    const token = await tokenFor(admin.actor, 'HS256');
    expect((await call(token, {}, hosted)).status).toBe(200);
    expect(auth.requests).toHaveLength(1);
    expect(auth.requests[0]).toMatchObject({ method: 'GET', path: '/auth/v1/user' });
    expect(auth.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(auth.requests[0]!.headers.apikey).toBe(testProject.publishableKey);
  });

  it('hosted: Auth’s refusal is a 401, and Auth down is a 502', async () => {
    const forged = await call(await tokenFor(admin.actor, 'HS256 of another secret'), {}, hosted);
    expect([forged.status, (await forged.json()).error.code]).toEqual([401, 'invalid_token']);
    auth.answerWith({ status: 503, body: { message: 'unavailable' } });
    const down = await call(await tokenFor(admin.actor, 'HS256'), {}, hosted);
    expect([down.status, (await down.json()).error.code]).toEqual([502, 'upstream_failed']);
  });
});
