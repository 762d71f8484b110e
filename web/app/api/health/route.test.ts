// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = { configured: true, result: { error: null as null | { code: string; message: string } }, throws: false };
vi.mock('@/lib/env', () => ({ isSupabaseConfigured: () => state.configured }));
vi.mock('@/lib/supabase/server', () => ({
  createSupabaseServerClient: async () => {
    if (state.throws) throw new Error('boom');
    return { from: () => ({ select: () => ({ limit: () => ({ abortSignal: async () => state.result }) }) }) };
  },
}));

const { GET } = await import('./route');

describe('GET /api/health', () => {
  beforeEach(() => {
    Object.assign(state, { configured: true, result: { error: null }, throws: false });
  });

  it('reports the app and a reachable database as ok (200), never cached', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', app: { status: 'ok' }, database: { status: 'ok' } });
    expect(typeof body.database.latencyMs).toBe('number');
    expect(typeof body.app.uptimeSeconds).toBe('number');
  });

  it('is degraded (503) with only an error code when the database refuses or cannot be reached', async () => {
    state.result = { error: { code: 'PGRST301', message: 'secret internals' } };
    let response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'degraded', app: { status: 'ok' }, database: { status: 'error', error: 'PGRST301' } });
    expect(JSON.stringify(body)).not.toContain('secret');

    state.throws = true;
    response = await GET();
    expect(response.status).toBe(503);
    expect((await response.json()).database).toMatchObject({ status: 'error', error: 'unreachable' });
  });

  it('says when Supabase is not configured, without failing the app', async () => {
    state.configured = false;
    const response = await GET();
    expect(response.status).toBe(200);
    expect((await response.json()).database).toEqual({ status: 'unconfigured' });
  });
});
