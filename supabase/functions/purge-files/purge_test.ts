import assert from 'node:assert/strict';
import { purgeFiles, type StoredFile } from './purge.ts';

const api = (key: string) => ({
  url: 'http://storage.test',
  headers: { apikey: key, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
});

type Call = { url: string; method: string; headers: Headers; prefixes: string[] };

function fakeStorage(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      prefixes: JSON.parse(String(init?.body)).prefixes,
    };
    calls.push(call);
    return await answer(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const removedAll = (call: Call) => Response.json(call.prefixes.map((name) => ({ name })));
const files = (bucket: string, count: number): StoredFile[] =>
  Array.from({ length: count }, (_, i) => ({ bucket_id: bucket, name: `${bucket}-owner/${i}.pdf` }));

Deno.test('removes each bucket’s files in calls of at most 100 paths, with the service key', async () => {
  const storage = fakeStorage(removedAll);
  const summary = await purgeFiles([...files('documents', 250), ...files('avatars', 3)], {
    ...api('service-key'),
    fetch: storage.fetch,
  });
  assert.deepEqual(summary, { found: 253, removed: 253, failed: 0 });
  assert.deepEqual(storage.calls.map((c) => [c.method, c.url, c.prefixes.length]), [
    ['DELETE', 'http://storage.test/storage/v1/object/documents', 100],
    ['DELETE', 'http://storage.test/storage/v1/object/documents', 100],
    ['DELETE', 'http://storage.test/storage/v1/object/documents', 50],
    ['DELETE', 'http://storage.test/storage/v1/object/avatars', 3],
  ]);
  assert.equal(storage.calls[0]!.headers.get('apikey'), 'service-key');
  assert.equal(storage.calls[0]!.headers.get('authorization'), 'Bearer service-key');
  assert.equal(storage.calls[2]!.prefixes[0], 'documents-owner/200.pdf');
});

Deno.test('counts as failed what the API refused, did not confirm or could not be reached', async () => {
  let call = 0;
  const storage = fakeStorage((c) => {
    call++;
    if (call === 1) return new Response('boom', { status: 500 });
    if (call === 2) return Response.json(c.prefixes.slice(0, 1).map((name) => ({ name })));
    throw new TypeError('connection refused');
  });
  const summary = await purgeFiles([...files('documents', 101), ...files('avatars', 2)], {
    ...api('k'),
    fetch: storage.fetch,
  });
  assert.deepEqual(summary, { found: 103, removed: 1, failed: 102 });
});

Deno.test('does nothing when no file is orphaned', async () => {
  const storage = fakeStorage(removedAll);
  assert.deepEqual(await purgeFiles([], { ...api('k'), fetch: storage.fetch }), { found: 0, removed: 0, failed: 0 });
  assert.equal(storage.calls.length, 0);
});

Deno.test('counts as removed only the requested names that Storage lists as deleted', async () => {
  // Storage answers 200 [] when RLS refuses every row or the names are gone.
  const nothing = fakeStorage(() => Response.json([]));
  assert.deepEqual(await purgeFiles(files('documents', 3), { ...api('k'), fetch: nothing.fetch }), {
    found: 3,
    removed: 0,
    failed: 3,
  });
  const [first, second] = files('documents', 2);
  const answer = [
    { name: first!.name, bucket_id: 'documents' },
    { name: first!.name, bucket_id: 'documents' }, // listed twice, removed once
    { name: 'someone-else/file.pdf', bucket_id: 'documents' }, // never asked for
    { name: second!.name, bucket_id: 'avatars' }, // another bucket's object
  ];
  const odd = fakeStorage(() => Response.json(answer));
  assert.deepEqual(await purgeFiles([first!, second!], { ...api('k'), fetch: odd.fetch }), {
    found: 2,
    removed: 1,
    failed: 1,
  });
});
