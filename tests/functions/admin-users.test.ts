// admin-users: the admin RPCs run as the calling admin, and a suspension also bans the user in
// Supabase Auth (a stand-in for its admin API records the call) so their sessions end.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { owner } from '../support/db.ts';
import { asBrowser, type RunningFunction, startFunction } from '../support/edge-functions.ts';
import { type Answer, type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { answerAsAuthUser, type Signature, testProject, tokenFor } from '../support/tokens.ts';
import { createMember, type Member } from '../support/world.ts';

let fn: RunningFunction;
let hosted: RunningFunction;
let auth: StandIn;
let admin: Member;
let candidate: Member;
let suspendedAdmin: Member;
const tag = randomBytes(4).toString('hex');

beforeAll(async () => {
  auth = await startStandIn();
  const options = { databaseUrl: inject('databaseUrl'), supabaseUrl: auth.url };
  [fn, hosted, admin, candidate, suspendedAdmin] = await Promise.all([
    startFunction('admin-users', options),
    startFunction('admin-users', { ...options, runtime: 'hosted' }),
    createMember({ role: 'admin', fullName: `Admin ${tag}` }),
    createMember({ fullName: `Candidate ${tag}` }),
    createMember({ role: 'admin', status: 'suspended', fullName: `Admin Suspendu ${tag}` }),
  ]);
});
afterAll(async () => Promise.all([fn?.stop(), hosted?.stop(), auth?.close()]));

/** Auth's admin API answers `admin`; its /user endpoint answers as Auth does. */
function answerAdminApiWith(admin: Answer) {
  auth.answerWith((request) => (request.path === '/auth/v1/user' ? answerAsAuthUser(request) : admin));
}
beforeEach(() => {
  auth.requests.length = 0;
  answerAdminApiWith({ status: 200, body: {} });
});

async function post(member: Member, body: string, signature: Signature = 'ES256', on = fn) {
  return fetch(on.url, {
    method: 'POST',
    headers: { ...asBrowser(await tokenFor(member.actor, signature)), 'Content-Type': 'application/json' },
    body,
  });
}
const act = (member: Member, body: Record<string, unknown>) => post(member, JSON.stringify(body));
const statusOf = async (id: string) =>
  (await owner<{ status: string }>('select status from public.accounts where user_id = $1', [id])).rows[0].status;
const authCallsFor = (id: string) => auth.requests.filter((r) => r.path === `/auth/v1/admin/users/${id}`);
const suspensionEmailsTo = async (id: string) =>
  (await owner<{ to_email: string }>(`select to_email from public.email_outbox where user_id = $1 and template = 'account_suspended'`, [id])).rows;

describe('admin-users: suspend and activate', () => {
  it('suspends through set_account_status and bans the user in Auth with the service key', async () => {
    const target = await createMember();
    const response = await act(admin, { action: 'suspend', user_id: target.id });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user_id: target.id, status: 'suspended', banned: true });
    expect(await statusOf(target.id)).toBe('suspended');
    const audit = await owner(`select actor_id from public.audit_log where action = 'user.status_changed' and target_id = $1`,
      [target.id]);
    expect(audit.rows).toEqual([{ actor_id: admin.id }]);
    const [call] = authCallsFor(target.id);
    expect(call).toMatchObject({ method: 'PUT', json: { ban_duration: '876000h' } });
    expect(call.headers.apikey).toBe(testProject.secretKey);
    expect(call.headers.authorization).toBe(`Bearer ${testProject.secretKey}`);
    // The email /compte-suspendu promises, enqueued with the suspension.
    expect(await suspensionEmailsTo(target.id)).toEqual([{ to_email: target.email }]);
  });

  it('activates and lifts the ban', async () => {
    const target = await createMember({ status: 'suspended' });
    const response = await act(admin, { action: 'activate', user_id: target.id });
    expect(response.status).toBe(200);
    expect(await statusOf(target.id)).toBe('active');
    expect(authCallsFor(target.id).map((r) => r.json)).toEqual([{ ban_duration: 'none' }]);
  });

  it('changes nothing when Auth refuses the ban', async () => {
    const target = await createMember();
    answerAdminApiWith({ status: 500, body: { msg: 'boom' } });
    const response = await act(admin, { action: 'suspend', user_id: target.id });
    expect(response.status).toBe(502);
    expect((await response.json()).error.code).toBe('auth_update_failed');
    expect(await statusOf(target.id)).toBe('active');
    expect(await suspensionEmailsTo(target.id)).toEqual([]);
  });

  it('keeps the database’s rule that an admin cannot suspend themselves', async () => {
    const response = await act(admin, { action: 'suspend', user_id: admin.id });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toBe('Un administrateur ne peut pas suspendre son propre compte.');
    expect(authCallsFor(admin.id)).toEqual([]);
  });
});

describe('admin-users: roles and list', () => {
  it('changes a role through set_user_role, without calling Auth', async () => {
    const target = await createMember();
    const response = await act(admin, { action: 'set_role', user_id: target.id, role: 'pro' });
    expect(await response.json()).toEqual({ user_id: target.id, role: 'pro' });
    const { rows } = await owner('select role from public.profiles where id = $1', [target.id]);
    expect(rows[0].role).toBe('pro');
    expect(authCallsFor(target.id)).toEqual([]);
  });

  it('lists users with their email, searched by name, paged with a total', async () => {
    const response = await fetch(`${fn.url}?search=${tag}&page_size=2`, { headers: asBrowser(await tokenFor(admin.actor)) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, page_size: 2, total: 3 });
    expect(body.users).toHaveLength(2);
    const second = await (await act(admin, { action: 'list', search: tag, page: 2, page_size: 2 })).json();
    const everyone = [...body.users, ...second.users];
    expect(everyone.map((u: { email: string }) => u.email).sort())
      .toEqual([admin.email, candidate.email, suspendedAdmin.email].sort());
    expect(everyone.find((u: { id: string }) => u.id === suspendedAdmin.id)).toMatchObject({ role: 'admin', status: 'suspended' });
  });

  it('searches by email too, and treats % and _ as plain characters', async () => {
    const byEmail = await (await act(admin, { action: 'list', search: candidate.email.toUpperCase() })).json();
    expect(byEmail.users.map((u: { id: string }) => u.id)).toEqual([candidate.id]);
    const wildcard = await (await act(admin, { action: 'list', search: '%' })).json();
    expect(wildcard).toMatchObject({ users: [], total: 0 });
  });
});

describe('admin-users: who may call it', () => {
  it('refuses a non-admin and a suspended admin with 403, and never reaches Auth', async () => {
    const target = await createMember();
    for (const member of [candidate, suspendedAdmin]) {
      const suspend = await act(member, { action: 'suspend', user_id: target.id });
      expect(suspend.status).toBe(403);
      expect((await suspend.json()).error.code).toBe('forbidden');
      const list = await fetch(fn.url, { headers: asBrowser(await tokenFor(member.actor)) });
      expect(list.status).toBe(403);
    }
    expect(await statusOf(target.id)).toBe('active');
    expect(authCallsFor(target.id)).toEqual([]);
  });

  it('answers bad JSON with 400 invalid_json and a bad payload with 400 invalid_payload', async () => {
    const badJson = await post(admin, '{"action": "suspend", ');
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error).toEqual({
      code: 'invalid_json', message: 'Le corps de la requête n’est pas un JSON valide.',
    });
    const badPayload = await act(admin, { action: 'suspend', user_id: 'nope' });
    expect(badPayload.status).toBe(400);
    const { error } = await badPayload.json();
    expect(error.code).toBe('invalid_payload');
    expect(error.details[0].path).toBe('user_id');
  });

  it('lets only the web app’s origin call it from a browser', async () => {
    const preflight = await fetch(fn.url, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const foreign = await fetch(fn.url, { method: 'OPTIONS', headers: { Origin: 'https://evil.test' } });
    expect(foreign.status).toBe(403);
  });
});

describe('admin-users: user tokens in both key modes', () => {
  const list = JSON.stringify({ action: 'list', search: tag });
  const isAuthUserCall = (path: string) => path === '/auth/v1/user';

  it('functions serve: an ES256 token and a legacy HS256 token both pass, checked locally', async () => {
    for (const signature of ['ES256', 'HS256'] as const) {
      const response = await post(admin, list, signature);
      expect(response.status, signature).toBe(200);
      expect((await response.json()).total).toBe(3);
    }
    expect(auth.requests.filter((r) => isAuthUserCall(r.path))).toEqual([]);
  });

  it('hosted: an ES256 token is checked locally, a legacy HS256 token by Auth', async () => {
    expect((await post(admin, list, 'ES256', hosted)).status).toBe(200);
    expect(auth.requests.filter((r) => isAuthUserCall(r.path))).toEqual([]);
    expect((await post(admin, list, 'HS256', hosted)).status).toBe(200);
    expect(auth.requests.filter((r) => isAuthUserCall(r.path))).toHaveLength(1);
  });

  it('hosted: suspends with a legacy HS256 token, once Auth vouched for it', async () => {
    const target = await createMember();
    const response = await post(admin, JSON.stringify({ action: 'suspend', user_id: target.id }), 'HS256', hosted);
    expect(response.status).toBe(200);
    expect(await statusOf(target.id)).toBe('suspended');
    expect(auth.requests.map((r) => r.path)).toEqual(['/auth/v1/user', `/auth/v1/admin/users/${target.id}`]);
  });

  it('refuses forged tokens in either mode, and never reaches the admin API', async () => {
    const target = await createMember();
    const suspend = JSON.stringify({ action: 'suspend', user_id: target.id });
    for (const [signature, on] of [['ES256 of another key', fn], ['HS256 of another secret', fn],
      ['HS256 of another secret', hosted]] as const) {
      expect((await post(admin, suspend, signature, on)).status, signature).toBe(401);
    }
    expect(authCallsFor(target.id)).toEqual([]);
    expect(await statusOf(target.id)).toBe('active');
  });
});
