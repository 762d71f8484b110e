import { stringToBase64URL } from '@supabase/ssr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./lazy', () => ({ pageSettled: async () => undefined, loadSupabase: vi.fn() }));
const { loadSupabase } = await import('./lazy');

const NOW_MS = Date.UTC(2026, 10, 25, 12, 0, 0);
/** The session cookie @supabase/ssr writes for the stand-in's host (127.0.0.1: `sb-127-auth-token`). */
const setSession = (accessToken: string, expiresInS: number) => {
  const session = { access_token: accessToken, refresh_token: 'r1', expires_at: NOW_MS / 1000 + expiresInS, user: { id: 'u1' } };
  document.cookie = `sb-127-auth-token=base64-${stringToBase64URL(JSON.stringify(session))}; path=/`;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW_MS });
  vi.stubEnv('NEXT_PUBLIC_SUPABASE_URL', 'http://127.0.0.1:54321');
  vi.stubEnv('NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY', 'sb_publishable_test');
});

afterEach(() => {
  document.cookie = 'sb-127-auth-token=; path=/; max-age=0';
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('the Realtime client', () => {
  it('joins the project’s Realtime with the cookie’s token while fresh, then with the one auth-js refreshed', async () => {
    const { loadRealtime } = await import('./realtime');
    const realtime = await loadRealtime();
    expect(realtime.endPoint).toBe('ws://127.0.0.1:54321/realtime/v1/websocket');
    expect(await loadRealtime()).toBe(realtime);

    setSession('jwt.from.cookie', 3600);
    await realtime.setAuth();
    expect(realtime.accessTokenValue).toBe('jwt.from.cookie');
    expect(loadSupabase).not.toHaveBeenCalled();

    setSession('jwt.about.to.expire', 60);
    const getSession = vi.fn(async () => ({ data: { session: { access_token: 'jwt.refreshed' } } }));
    vi.mocked(loadSupabase).mockResolvedValue({ auth: { getSession } } as never);
    await realtime.setAuth();
    expect(realtime.accessTokenValue).toBe('jwt.refreshed');
    expect(getSession).toHaveBeenCalledOnce();
  });
});
