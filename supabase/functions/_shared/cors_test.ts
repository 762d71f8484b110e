import assert from 'node:assert/strict';
import { corsFor, parseOrigins } from './cors.ts';

Deno.test('allowed origins come from ALLOWED_ORIGINS, normalised, or else from SITE_URL', () => {
  assert.deepEqual(parseOrigins(' https://app.capitune.ca/ , http://localhost:3000', 'https://x.test'), [
    'https://app.capitune.ca',
    'http://localhost:3000',
  ]);
  assert.deepEqual(parseOrigins(undefined, 'https://app.capitune.ca/fr/accueil'), ['https://app.capitune.ca']);
});

Deno.test('a configured origin gets its own origin back, never a wildcard', () => {
  const decision = corsFor('https://app.capitune.ca', ['https://app.capitune.ca'], ['POST']);
  assert.equal(decision.allowed, true);
  assert.equal(decision.headers['Access-Control-Allow-Origin'], 'https://app.capitune.ca');
  assert.equal(decision.headers['Access-Control-Allow-Methods'], 'POST, OPTIONS');
  assert.match(decision.headers['Access-Control-Allow-Headers'], /authorization/);
  assert.equal(decision.headers.Vary, 'Origin');
});

Deno.test('any other origin is refused and gets no CORS header', () => {
  for (const origin of ['https://evil.test', 'https://app.capitune.ca.evil.test', 'null']) {
    const decision = corsFor(origin, ['https://app.capitune.ca'], ['GET']);
    assert.equal(decision.allowed, false);
    assert.equal(decision.headers['Access-Control-Allow-Origin'], undefined);
  }
});

Deno.test('requests without Origin (cron, servers) are not browser requests and pass', () => {
  const decision = corsFor(null, ['https://app.capitune.ca'], ['POST']);
  assert.equal(decision.allowed, true);
  assert.equal(decision.headers['Access-Control-Allow-Origin'], undefined);
});
