import { createChunks, stringToBase64URL } from '@supabase/ssr';
import { describe, expect, it } from 'vitest';
import { freshAccessToken } from './session-token';

const URL_ = 'https://abcdefgh.supabase.co';
const NOW_MS = Date.UTC(2026, 10, 25, 12, 0, 0);
const NOW_S = NOW_MS / 1000;

/** The cookie header @supabase/ssr writes for `session` (its base64url encoding, chunked past 3,180 characters). */
function sessionCookies(session: object, name = 'sb-abcdefgh-auth-token'): string {
  return createChunks(name, `base64-${stringToBase64URL(JSON.stringify(session))}`)
    .map((chunk) => `${chunk.name}=${chunk.value}`).join('; ');
}
const session = (expiresAt: number, extra: object = {}) =>
  ({ access_token: 'jwt.of.amina', refresh_token: 'r1', expires_at: expiresAt, token_type: 'bearer', user: { id: 'u1', ...extra } });

describe('freshAccessToken', () => {
  it('reads the access token of the session cookie, among others', async () => {
    const header = `theme=dark; ${sessionCookies(session(NOW_S + 3600))}; NEXT_LOCALE=fr-CA`;
    expect(await freshAccessToken(header, URL_, NOW_MS)).toBe('jwt.of.amina');
  });

  it('joins a session written in several chunks', async () => {
    const header = sessionCookies(session(NOW_S + 3600, { user_metadata: { bio: 'é'.repeat(4000) } }));
    expect(header).toContain('sb-abcdefgh-auth-token.1=');
    expect(await freshAccessToken(header, URL_, NOW_MS)).toBe('jwt.of.amina');
  });

  it('leaves a token with two minutes or less to live to auth-js', async () => {
    expect(await freshAccessToken(sessionCookies(session(NOW_S + 121)), URL_, NOW_MS)).toBe('jwt.of.amina');
    expect(await freshAccessToken(sessionCookies(session(NOW_S + 120)), URL_, NOW_MS)).toBeNull();
    expect(await freshAccessToken(sessionCookies(session(NOW_S - 10)), URL_, NOW_MS)).toBeNull();
  });

  it('finds nothing without a session of this project, or in a cookie it cannot read', async () => {
    expect(await freshAccessToken('', URL_, NOW_MS)).toBeNull();
    expect(await freshAccessToken(sessionCookies(session(NOW_S + 3600), 'sb-other-auth-token'), URL_, NOW_MS)).toBeNull();
    expect(await freshAccessToken('sb-abcdefgh-auth-token=base64-not%20json', URL_, NOW_MS)).toBeNull();
    expect(await freshAccessToken(sessionCookies({ refresh_token: 'r1' }), URL_, NOW_MS)).toBeNull();
  });
});
