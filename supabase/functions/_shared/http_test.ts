import assert from 'node:assert/strict';
import { errors } from './errors.ts';
import { createHandler, json, readJson } from './http.ts';
import { z } from './zod.ts';

const origins = ['https://app.capitune.ca'];
const echo = createHandler({
  methods: ['POST'],
  origins,
  handle: async (req) => json(await readJson(req, z.strictObject({ name: z.string().min(2) }))),
});
const post = (body: string, headers: Record<string, string> = {}) =>
  echo(new Request('http://fn.test/', { method: 'POST', body, headers }));

Deno.test('bad JSON is a 400 invalid_json', async () => {
  const response = await post('{"name":');
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error.code, 'invalid_json');
});

Deno.test('a payload that fails its schema is a 400 listing each issue in French', async () => {
  const response = await post(JSON.stringify({ name: 'x', extra: true }));
  assert.equal(response.status, 400);
  const { error } = await response.json();
  assert.equal(error.code, 'invalid_payload');
  assert.ok(error.details.some((d: { path: string }) => d.path === 'name'));
  assert.ok(
    error.details.every((d: { message: string }) => /[a-zàéè]/.test(d.message) && !/Too small/.test(d.message)),
  );
});

Deno.test('a caller asking for English gets the refusal and each issue in English', async () => {
  // The web app sends its viewer's language as Accept-Language (web/features/admin-common/functions.ts).
  const response = await post(JSON.stringify({ name: 'x', extra: true }), { 'Accept-Language': 'en-CA' });
  const { error } = await response.json();
  assert.deepEqual([response.status, error.code, error.message], [400, 'invalid_payload', 'The data sent is invalid.']);
  const name = error.details.find((d: { path: string }) => d.path === 'name');
  assert.match(name.message, /^Too small/);
  const bad = await post('{"name":', { 'Accept-Language': 'en-CA,en;q=0.9,fr;q=0.5' });
  assert.equal((await bad.json()).error.message, 'The request body is not valid JSON.');
});

Deno.test('a caller asking for French, or for neither language, gets French', async () => {
  for (const header of ['fr-CA', 'de-DE', '']) {
    const response = await post('{"name":', header ? { 'Accept-Language': header } : {});
    assert.equal((await response.json()).error.message, 'Le corps de la requête n’est pas un JSON valide.', header);
  }
});

Deno.test('a valid payload reaches the handler, with CORS headers for an allowed origin', async () => {
  const response = await post(JSON.stringify({ name: 'Awa' }), { Origin: origins[0] });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { name: 'Awa' });
  assert.equal(response.headers.get('access-control-allow-origin'), origins[0]);
});

Deno.test('preflight: 204 for an allowed origin, 403 JSON for another', async () => {
  const ok = await echo(new Request('http://fn.test/', { method: 'OPTIONS', headers: { Origin: origins[0] } }));
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
  const refused = await echo(
    new Request('http://fn.test/', { method: 'OPTIONS', headers: { Origin: 'https://x.test' } }),
  );
  assert.equal(refused.status, 403);
  assert.equal((await refused.json()).error.code, 'origin_not_allowed');
  assert.equal(refused.headers.get('access-control-allow-origin'), null);
});

Deno.test('a request from a foreign origin never reaches the handler', async () => {
  const response = await post(JSON.stringify({ name: 'Awa' }), { Origin: 'https://evil.test' });
  assert.equal(response.status, 403);
});

Deno.test('other methods get 405 with Allow', async () => {
  const response = await echo(new Request('http://fn.test/', { method: 'DELETE' }));
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
  assert.equal((await response.json()).error.code, 'method_not_allowed');
});

Deno.test('thrown HttpErrors and unexpected errors both come back as JSON', async () => {
  const failing = (error: unknown) =>
    createHandler({ methods: ['GET'], origins, handle: () => Promise.reject(error) })(new Request('http://fn.test/'));
  const forbidden = await failing(errors.forbidden());
  assert.deepEqual([forbidden.status, (await forbidden.json()).error.code], [403, 'forbidden']);
  const english = await createHandler({ methods: ['GET'], origins, handle: () => Promise.reject(errors.tokenExpired()) })(
    new Request('http://fn.test/', { headers: { 'Accept-Language': 'en' } }),
  );
  assert.deepEqual((await english.json()).error, { code: 'token_expired', message: 'Your session has expired: sign in again.' });
  const originalError = console.error;
  console.error = () => {};
  try {
    const crash = await failing(new Error('secret detail'));
    const body = await crash.json();
    assert.deepEqual([crash.status, body.error.code], [500, 'internal_error']);
    assert.doesNotMatch(JSON.stringify(body), /secret detail/);
  } finally {
    console.error = originalError;
  }
});

Deno.test('an oversized body is a 413', async () => {
  const response = await post(JSON.stringify({ name: 'x'.repeat(70_000) }));
  assert.equal(response.status, 413);
});
