import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The database answers a visitor in the language the request asks for (private.caller_text), so the
// browser client asks for the page's. Requests go to a stubbed fetch: what leaves is what is checked.
const sent = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
  new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } }));

/** The Accept-Language of the last request that reached the network. */
function lastLanguage(): string | null {
  const [input, init] = sent.mock.calls.at(-1) ?? [];
  return new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('accept-language');
}

beforeEach(() => {
  vi.stubEnv('NEXT_PUBLIC_SUPABASE_URL', 'http://127.0.0.1:54321');
  vi.stubEnv('NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY', 'sb_publishable_test');
  vi.stubGlobal('fetch', sent);
  sent.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  document.documentElement.lang = '';
});

describe('the browser client', () => {
  it('sends the page’s language with each request, and follows the switcher without a new client', async () => {
    const { getSupabaseBrowserClient } = await import('./browser');
    document.documentElement.lang = 'en-CA';
    await getSupabaseBrowserClient().from('document_kinds').select('code');
    expect(sent).toHaveBeenCalled();
    expect(lastLanguage()).toBe('en-CA');

    document.documentElement.lang = 'fr-CA';
    await getSupabaseBrowserClient().from('document_kinds').select('code');
    expect(lastLanguage()).toBe('fr-CA');
  });
});
