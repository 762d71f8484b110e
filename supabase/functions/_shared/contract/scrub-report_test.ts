import assert from 'node:assert/strict';
import { scrubReport, scrubText } from './scrub-report.ts';

Deno.test('email addresses and the row values Postgres quotes are redacted', () => {
  assert.equal(scrubText('no user marie.tremblay+test@exemple.qc.ca here'), 'no user [email] here');
  assert.equal(
    scrubText('new row violates check constraint "x". Failing row contains (42, Bonjour, mon dossier).'),
    'new row violates check constraint "x". Failing row contains [redacted].',
  );
  assert.equal(scrubText('Key (email)=(a@b.ca) already exists.'), 'Key (email)=[redacted] already exists.');
});

Deno.test('a report keeps no request details, user, breadcrumbs or extra', () => {
  const scrubbed = scrubReport({
    request: {
      method: 'POST',
      url: 'https://x.test/a?email=a@b.ca',
      cookies: { sb: 't' },
      data: 'body',
      headers: { authorization: 'Bearer t' },
      query_string: 'q',
    },
    user: { email: 'a@b.ca' },
    breadcrumbs: [{ message: 'hello' }],
    extra: { body: 'secret' },
    tags: { request_id: 'r1', note: 'from a@b.ca' },
  });
  assert.deepEqual(scrubbed, {
    request: { method: 'POST', url: 'https://x.test/a' },
    tags: { request_id: 'r1', note: 'from [email]' },
  });
});
