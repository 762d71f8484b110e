import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '@/lib/supabase/explain-error';
import { isAbort, objectUrl, putObjectWithProgress, storageProblem } from './upload';

/** A stand-in XMLHttpRequest that records the request and lets the test drive its events. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  aborted = false;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  respond(status: number, text = '{}') {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

const file = new File([new Uint8Array(1000)], 'passeport.pdf', { type: 'application/pdf' });
const input = {
  supabaseUrl: 'https://projet.supabase.co/',
  apiKey: 'sb_publishable_cle',
  accessToken: 'jeton-utilisateur',
  bucket: 'documents',
  path: 'dossier-1/document-2/Releve (1).pdf',
  file,
};

beforeEach(() => {
  FakeXhr.last = null;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('putObjectWithProgress', () => {
  it('posts the file to Storage at exactly the row’s path, as the user, without overwriting', async () => {
    const done = putObjectWithProgress(input);
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('https://projet.supabase.co/storage/v1/object/documents/dossier-1/document-2/Releve%20(1).pdf');
    expect(xhr.headers).toMatchObject({
      authorization: 'Bearer jeton-utilisateur',
      apikey: 'sb_publishable_cle',
      'x-upsert': 'false',
      'content-type': 'application/pdf',
    });
    expect(xhr.body).toBe(file);
    xhr.respond(200, JSON.stringify({ Key: 'documents/dossier-1/document-2/Releve (1).pdf' }));
    await expect(done).resolves.toBeUndefined();
  });

  it('reports progress as the browser sends, then 100 % when Storage answers', async () => {
    const onProgress = vi.fn();
    const done = putObjectWithProgress({ ...input, onProgress });
    const xhr = FakeXhr.last!;
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 250, total: 1000 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 0, total: 0 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1000, total: 1000 });
    xhr.respond(200);
    await done;
    expect(onProgress.mock.calls.map(([p]) => p)).toEqual([
      { loaded: 250, total: 1000 },
      { loaded: 1000, total: 1000 },
      { loaded: 1000, total: 1000 },
    ]);
  });

  it('turns Storage refusals into problems of our own (said in the viewer’s language)', async () => {
    const done = putObjectWithProgress(input);
    FakeXhr.last!.respond(400, JSON.stringify({ statusCode: '413', error: 'Payload too large', message: 'The object exceeded the maximum allowed size' }));
    await expect(done).rejects.toEqual(new UserFacingError('storageTooLarge'));
    expect(storageProblem(400, JSON.stringify({ statusCode: '415', error: 'invalid_mime_type' }))).toBe('storageType');
    expect(storageProblem(403, 'not json')).toBe('storageRefused');
    expect(storageProblem(500, '')).toBe('storageFailed');
  });

  it('stops when cancelled, with an AbortError the form tells apart from failures', async () => {
    const controller = new AbortController();
    const done = putObjectWithProgress({ ...input, signal: controller.signal });
    controller.abort();
    const error = await done.catch((e: unknown) => e);
    expect(FakeXhr.last!.aborted).toBe(true);
    expect(isAbort(error)).toBe(true);
  });

  it('says when the network is down', async () => {
    const done = putObjectWithProgress(input);
    FakeXhr.last!.onerror?.();
    await expect(done).rejects.toMatchObject({ problem: 'storageUnreachable' });
  });
});

describe('objectUrl', () => {
  it('encodes each segment but keeps the folder slashes', () => {
    expect(objectUrl('http://127.0.0.1:54321', 'documents', 'a/b/c d#.pdf')).toBe('http://127.0.0.1:54321/storage/v1/object/documents/a/b/c%20d%23.pdf');
  });
});
