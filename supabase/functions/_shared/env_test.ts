import assert from 'node:assert/strict';
import { type BaseEnv, publicKeys, secretKeys, serviceApi } from './env.ts';

const env = (extra: Partial<BaseEnv>) => ({ SUPABASE_DB_URL: 'x', SITE_URL: 'http://x', ...extra }) as BaseEnv;

Deno.test('secret keys: every named sb_secret key, then the legacy service_role key', () => {
  const keys = secretKeys(env({
    SUPABASE_SECRET_KEYS: '{"default":"sb_secret_a","automations":"sb_secret_b"}',
    SUPABASE_SERVICE_ROLE_KEY: 'eyJ.legacy.jwt',
  }));
  assert.deepEqual(keys, ['sb_secret_a', 'sb_secret_b', 'eyJ.legacy.jwt']);
});

Deno.test('publishable keys are public keys, never secret ones', () => {
  const both = env({ SUPABASE_PUBLISHABLE_KEYS: '{"default":"sb_publishable_a"}', SUPABASE_ANON_KEY: 'eyJ.anon.jwt' });
  assert.deepEqual(publicKeys(both), ['sb_publishable_a', 'eyJ.anon.jwt']);
  assert.deepEqual(secretKeys(both), []);
});

Deno.test('a malformed key map is ignored, not trusted', () => {
  const originalError = console.error;
  console.error = () => {};
  try {
    assert.deepEqual(secretKeys(env({ SUPABASE_SECRET_KEYS: '["sb_secret_a"]' })), []);
    assert.deepEqual(secretKeys(env({ SUPABASE_SECRET_KEYS: '{"default":""}' })), []);
  } finally {
    console.error = originalError;
  }
});

Deno.test('Supabase’s own APIs are called with the new secret key when there is one', () => {
  const api = serviceApi(
    env({
      SUPABASE_URL: 'http://kong:8000',
      SUPABASE_SECRET_KEYS: '{"default":"sb_secret_a"}',
      SUPABASE_SERVICE_ROLE_KEY: 'eyJ.legacy.jwt',
    }),
    'test',
  );
  assert.equal(api.headers.apikey, 'sb_secret_a');
  assert.equal(api.headers.Authorization, 'Bearer sb_secret_a');
  const legacyOnly = serviceApi(
    env({ SUPABASE_URL: 'http://kong:8000', SUPABASE_SERVICE_ROLE_KEY: 'eyJ.legacy.jwt' }),
    'test',
  );
  assert.equal(legacyOnly.headers.apikey, 'eyJ.legacy.jwt');
});
