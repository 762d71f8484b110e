import { stringToBase64URL } from '@supabase/ssr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshAccessToken } from './session-token';

// The database answers a visitor in the language the request asks for (private.caller_text), so the
// server client asks for the visitor's: the switcher's cookie, else the browser's Accept-Language.
// Requests go to a stubbed fetch: what leaves is what is checked. In jsdom, as the web units run (Node 20
// has no WebSocket for the Realtime client supabase-js builds).
const cookieJar = new Map<string, string>();
let browserLanguage: string | null = null;
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
    set: () => undefined,
  }),
  headers: async () => new Headers(browserLanguage ? { 'accept-language': browserLanguage } : {}),
}));

const sent = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
  new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } }));

/** The Accept-Language of the last request that reached the network. */
function lastLanguage(): string | null {
  const [input, init] = sent.mock.calls.at(-1) ?? [];
  return new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('accept-language');
}

async function readAsVisitor() {
  const { createSupabaseServerClient } = await import('./server');
  await (await createSupabaseServerClient()).from('document_kinds').select('code');
  expect(sent).toHaveBeenCalled();
  return lastLanguage();
}

beforeEach(() => {
  vi.stubEnv('NEXT_PUBLIC_SUPABASE_URL', 'http://127.0.0.1:54321');
  vi.stubEnv('NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY', 'sb_publishable_test');
  vi.stubGlobal('fetch', sent);
  sent.mockClear();
  cookieJar.clear();
  browserLanguage = null;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('the server client', () => {
  it('sends the language the visitor chose with the switcher, over the browser’s', async () => {
    cookieJar.set('capitune-locale', 'en-CA');
    browserLanguage = 'fr-CA,fr;q=0.9';
    expect(await readAsVisitor()).toBe('en-CA');
  });

  it('sends the browser’s language when the visitor chose none, French when it names neither', async () => {
    browserLanguage = 'en-US,en;q=0.9';
    expect(await readAsVisitor()).toBe('en-CA');
    browserLanguage = 'de-DE';
    expect(await readAsVisitor()).toBe('fr-CA');
    browserLanguage = null;
    expect(await readAsVisitor()).toBe('fr-CA');
  });

  it('acts with the session in the cookie the token reader reads', async () => {
    const nowS = Math.floor(Date.now() / 1000);
    const session = { access_token: 'token-of-amina', refresh_token: 'refresh', token_type: 'bearer', expires_in: 3600,
      expires_at: nowS + 3600, user: { id: '11111111-1111-4111-8111-000000000001', aud: 'authenticated' } };
    const value = `base64-${stringToBase64URL(JSON.stringify(session))}`;
    const name = 'sb-127-auth-token';
    cookieJar.set(name, value);
    expect(await freshAccessToken(`${name}=${value}`, 'http://127.0.0.1:54321', nowS * 1000)).toBe('token-of-amina');

    await readAsVisitor();
    const [input, init] = sent.mock.calls.at(-1)!;
    expect(new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization'))
      .toBe('Bearer token-of-amina');
  });
});
