// admin-analytics: admin_analytics() as the calling admin, plus chart series; the database decides
// who is an admin, the function only checks the token.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { user } from '../support/db.ts';
import { functionEnv, type RunningFunction, startFunction } from '../support/edge-functions.ts';
import { serviceRoleKey, signJwt, TEST_JWT_SECRET, tokenFor } from '../support/tokens.ts';
import { createMember, type Member } from '../support/world.ts';

let fn: RunningFunction;
let admin: Member;
let candidate: Member;
let suspendedAdmin: Member;

beforeAll(async () => {
  [fn, admin, candidate, suspendedAdmin] = await Promise.all([
    startFunction('admin-analytics', functionEnv(inject('databaseUrl'), TEST_JWT_SECRET)),
    createMember({ role: 'admin', fullName: 'Admin Analytique' }),
    createMember({ fullName: 'Candidate Curieuse' }),
    createMember({ role: 'admin', status: 'suspended', fullName: 'Admin Suspendu' }),
  ]);
});
afterAll(async () => fn?.stop());

const call = (token?: string, init: RequestInit = {}) =>
  fetch(fn.url, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers } });

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

  it('refuses the service key: it is nobody’s session', async () => {
    const response = await call(serviceRoleKey());
    expect(response.status).toBe(403);
  });

  it('rejects a missing, forged or expired token with 401', async () => {
    const claims = { sub: admin.id, role: 'authenticated' };
    const cases: [string | undefined, string][] = [
      [undefined, 'missing_token'],
      [signJwt(claims, 'not-the-project-secret-but-32-chars-long'), 'invalid_token'],
      [await tokenFor(user(admin.id), { exp: Math.floor(Date.now() / 1000) - 10 }), 'token_expired'],
    ];
    for (const [token, code] of cases) {
      const response = await call(token);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe(code);
    }
  });
});
