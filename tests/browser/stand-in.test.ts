// The stand-in speaks Supabase's wire protocols well enough for supabase-js: proven here from node
// with the same client library the web app ships, before any browser is involved.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Database } from '../../web/lib/database.types.ts';
import { auth, decodeJwt, makeSession, makeUser, rest, StandIn, storage } from './stand-in/index.ts';

const KEY = 'sb_publishable_stand-in-test-key';
let standIn: StandIn;
let supabase: SupabaseClient<Database>;

beforeAll(async () => {
  standIn = await StandIn.start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  standIn.reset();
  supabase = createClient<Database>(standIn.url, KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    // Node 20 has no global WebSocket; browsers use theirs.
    realtime: { transport: WebSocket as never },
  });
});

describe('auth', () => {
  it('answers a password sign-in with the canned session and records the body sent', async () => {
    const user = makeUser({ email: 'amina@example.test', fullName: 'Amina Diallo' });
    const session = makeSession(user, { supabaseUrl: standIn.url });
    standIn.on({ method: 'POST', path: '/auth/v1/token', query: { grant_type: 'password' } }, auth.session(session));

    const { data, error } = await supabase.auth.signInWithPassword({ email: 'amina@example.test', password: 'Secret-2026' });

    expect(error).toBeNull();
    expect(data.user?.id).toBe(user.id);
    const [sent] = standIn.requests({ path: '/auth/v1/token' });
    expect(sent.body).toMatchObject({ email: 'amina@example.test', password: 'Secret-2026' });
    expect(sent.headers.apikey).toBe(KEY);
    expect(sent.client).toBe('server');
  });

  it('issues HS256 access tokens with the claims Supabase puts in them', () => {
    const user = makeUser({ appMetadata: { provider: 'email' } });
    const claims = decodeJwt(makeSession(user, { aal: 'aal2' }).access_token);
    expect(claims).toMatchObject({ sub: user.id, role: 'authenticated', aud: 'authenticated', aal: 'aal2', email: user.email, is_anonymous: false });
    expect(claims).toHaveProperty('session_id');
    expect(claims).toHaveProperty('app_metadata');
    expect(claims).toHaveProperty('user_metadata');
    expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000);
  });

  it('lets getClaims() trust an HS256 token only through GET /auth/v1/user', async () => {
    const user = makeUser();
    const session = makeSession(user);
    standIn.on({ method: 'GET', path: '/auth/v1/user' }, auth.user(user));

    const { data, error } = await supabase.auth.getClaims(session.access_token);

    expect(error).toBeNull();
    expect(data?.claims.sub).toBe(user.id);
    const [check] = standIn.requests({ method: 'GET', path: '/auth/v1/user' });
    expect(check.headers.authorization).toBe(`Bearer ${session.access_token}`);
  });

  it('lets getClaims() verify an ES256 token locally with the served JWKS, without asking for the user', async () => {
    const session = makeSession(makeUser(), { alg: 'ES256' });
    standIn.on({ method: 'GET', path: '/auth/v1/.well-known/jwks.json' }, auth.jwks());

    const { data, error } = await supabase.auth.getClaims(session.access_token);

    expect(error).toBeNull();
    expect(data?.header.alg).toBe('ES256');
    expect(standIn.requests({ path: '/auth/v1/user' })).toEqual([]);
    expect(standIn.requests({ path: '/auth/v1/.well-known/jwks.json' })).toHaveLength(1);
  });

  it('passes Auth errors through with their code', async () => {
    standIn.on({ method: 'POST', path: '/auth/v1/token' }, auth.error(400, 'invalid_credentials', 'Invalid login credentials'));

    const { error } = await supabase.auth.signInWithPassword({ email: 'x@example.test', password: 'wrong' });

    expect(error?.code).toBe('invalid_credentials');
    expect(error?.status).toBe(400);
  });

  it('answers requests it has no fixture for with 501 and records them as unmatched', async () => {
    const { error } = await supabase.auth.resetPasswordForEmail('x@example.test', { redirectTo: 'http://app.test/cb' });

    expect(error?.status).toBe(501);
    expect(standIn.unmatched()).toHaveLength(1);
    expect(standIn.unmatched()[0]).toMatchObject({ method: 'POST', path: '/auth/v1/recover', query: { redirect_to: 'http://app.test/cb' } });
  });

  it('stops answering a fixture after its `times`', async () => {
    standIn.on({ path: '/auth/v1/recover' }, auth.empty(), { times: 1 });

    expect((await supabase.auth.resetPasswordForEmail('x@example.test')).error).toBeNull();
    expect((await supabase.auth.resetPasswordForEmail('x@example.test')).error?.status).toBe(501);
  });
});

describe('rest and storage', () => {
  it('serves PostgREST reads and RPCs and records filters and bodies', async () => {
    standIn.on({ method: 'GET', path: '/rest/v1/document_kinds', query: { code: 'eq.passport' } }, rest.rows('document_kinds', [], 0));
    standIn.on({ method: 'POST', path: '/rest/v1/rpc/mark_dossier_messages_read' }, rest.rpc('mark_dossier_messages_read', 3));

    const read = await supabase.from('document_kinds').select('*', { count: 'exact' }).eq('code', 'passport');
    const rpc = await supabase.rpc('mark_dossier_messages_read', { dossier_id: 'd1' });

    expect(read.error).toBeNull();
    expect(read.data).toEqual([]);
    expect(read.count).toBe(0);
    expect(rpc.data).toBe(3);
    expect(standIn.requests({ path: '/rest/v1/document_kinds' })[0].query).toMatchObject({ select: '*', code: 'eq.passport' });
    expect(standIn.requests({ path: /\/rpc\// })[0].body).toEqual({ dossier_id: 'd1' });
  });

  it('surfaces PostgREST errors as the client reports them', async () => {
    standIn.on({ method: 'POST', path: '/rest/v1/messages' }, rest.error(403, '42501', 'new row violates row-level security policy for table "messages"'));

    const { error } = await supabase.from('messages').insert({ body: 'Bonjour' } as never);

    expect(error?.code).toBe('42501');
  });

  it('records uploads and answers signed URLs', async () => {
    standIn.on({ method: 'POST', path: /^\/storage\/v1\/object\/documents\// }, (request) =>
      storage.uploaded('documents', request.path.replace('/storage/v1/object/documents/', '')),
    );
    standIn.on({ method: 'POST', path: /^\/storage\/v1\/object\/sign\/documents\// }, storage.signedUrl('documents', 'd1/passport.pdf'));

    const upload = await supabase.storage.from('documents').upload('d1/passport.pdf', Buffer.from('%PDF-1.7'), { contentType: 'application/pdf' });
    const signed = await supabase.storage.from('documents').createSignedUrl('d1/passport.pdf', 60);

    expect(upload.error).toBeNull();
    expect(upload.data?.path).toBe('d1/passport.pdf');
    expect(signed.data?.signedUrl).toBe(`${standIn.url}/storage/v1/object/sign/documents/d1/passport.pdf?token=stand-in-token`);
    const [sent] = standIn.requests({ path: '/storage/v1/object/documents/d1/passport.pdf' });
    expect(sent.rawBody.toString()).toContain('%PDF-1.7');
    expect(standIn.requests({ path: /\/sign\// })[0].body).toEqual({ expiresIn: 60 });
  });

  it('answers removals as Storage does: a refused or missing file is no error, only absent from the list', async () => {
    standIn.on({ method: 'DELETE', path: '/storage/v1/object/documents' }, storage.removed('documents', []));
    standIn.on({ method: 'DELETE', path: '/storage/v1/object/documents' }, storage.removed('documents', ['d1/a.pdf']), { times: 1 });

    const removed = await supabase.storage.from('documents').remove(['d1/a.pdf']);
    const refused = await supabase.storage.from('documents').remove(['d1/b.pdf']);

    expect(removed).toMatchObject({ error: null, data: [{ name: 'd1/a.pdf', bucket_id: 'documents' }] });
    expect(refused).toEqual({ error: null, data: [] });
    expect(standIn.requests({ method: 'DELETE', path: '/storage/v1/object/documents' }).map((r) => r.body)).toEqual([
      { prefixes: ['d1/a.pdf'] }, { prefixes: ['d1/b.pdf'] },
    ]);
  });
});

describe('realtime', () => {
  it('acknowledges joins and delivers broadcasts a test pushes, both ways', async () => {
    const received: unknown[] = [];
    const subscribed = new Promise<void>((resolve, reject) => {
      supabase
        .channel('dossier:d1', { config: { private: true, broadcast: { ack: true } } })
        .on('broadcast', { event: 'message' }, (message) => received.push(message.payload))
        .subscribe((status, err) => (status === 'SUBSCRIBED' ? resolve() : status !== 'CLOSED' && reject(err ?? new Error(status))));
    });

    const join = await standIn.realtime.waitForJoin('realtime:dossier:d1');
    await subscribed;
    expect(join.payload.config).toMatchObject({ private: true });
    expect(join.socketQuery).toMatchObject({ apikey: KEY, vsn: '2.0.0' });

    expect(standIn.realtime.broadcast('realtime:dossier:d1', 'message', { id: 'm1', body: 'Bonjour' })).toBe(1);
    await expect.poll(() => received).toEqual([{ id: 'm1', body: 'Bonjour' }]);

    const ack = await supabase.channel('dossier:d1').send({ type: 'broadcast', event: 'typing', payload: { by: 'u1' } });
    expect(ack).toBe('ok');
    expect(standIn.realtime.messages({ event: 'broadcast' })[0].payload).toEqual({ type: 'broadcast', event: 'typing', payload: { by: 'u1' } });
    await supabase.removeAllChannels();
  });

  it('routes postgres_changes to the bindings the join echoed', async () => {
    const inserted = new Promise<unknown>((resolve, reject) => {
      supabase
        .channel('notifications')
        .on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'notifications' }, (change) => resolve(change.new))
        .subscribe((status, err) => status === 'CHANNEL_ERROR' && reject(err));
    });
    await standIn.realtime.waitForJoin('realtime:notifications');
    await expect.poll(() => supabase.channel('notifications').state).toBe('joined');

    standIn.realtime.postgresChange('realtime:notifications', { type: 'INSERT', schema: 'public', table: 'notifications', record: { id: 'n1' } });

    expect(await inserted).toEqual({ id: 'n1' });
    await supabase.removeAllChannels();
  });
});
