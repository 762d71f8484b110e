import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeAdminError, FunctionCallError, invokeFunction, parseResponse } from './functions';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { fakeSupabase, functionsHttpError } from '@/test/fake-supabase';

// A fresh id per call, for the function's logs and reports, and the page's language for its refusals.
const requestId = { 'x-request-id': expect.stringMatching(/^[0-9a-f]{32}$/), 'Accept-Language': 'fr' };

describe('invokeFunction', () => {
  it('sends GET parameters in the query string, leaving out empty ones', async () => {
    const { client, invoke } = fakeSupabase();
    invoke.mockResolvedValue({ data: { ok: true }, error: null });
    await invokeFunction(client, 'admin-users', { method: 'GET', query: { search: 'awa diallo', page: 2, empty: '', none: undefined } });
    expect(invoke).toHaveBeenCalledWith('admin-users?search=awa+diallo&page=2', { method: 'GET', body: undefined, headers: requestId });
  });

  it('posts a JSON body by default', async () => {
    const { client, invoke } = fakeSupabase();
    invoke.mockResolvedValue({ data: { ok: true }, error: null });
    await expect(invokeFunction(client, 'admin-users', { body: { action: 'suspend' } })).resolves.toEqual({ ok: true });
    expect(invoke).toHaveBeenCalledWith('admin-users', { method: 'POST', body: { action: 'suspend' }, headers: requestId });
  });

  it('asks the function to answer in the page’s language (the root layout’s <html lang>)', async () => {
    const { client, invoke } = fakeSupabase();
    invoke.mockResolvedValue({ data: { ok: true }, error: null });
    document.documentElement.lang = 'en-CA';
    try {
      await invokeFunction(client, 'admin-users', { body: { action: 'list' } });
    } finally {
      document.documentElement.lang = '';
    }
    expect(invoke).toHaveBeenCalledWith('admin-users', expect.objectContaining({ headers: expect.objectContaining({ 'Accept-Language': 'en' }) }));
  });

  it('turns the function’s JSON error into its French message', async () => {
    const { client, invoke } = fakeSupabase();
    invoke.mockResolvedValue({ data: null, error: functionsHttpError(403, { error: { code: 'forbidden', message: 'Réservé aux administrateurs actifs.' } }) });
    const error = await invokeFunction(client, 'admin-analytics').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionCallError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', message: 'Réservé aux administrateurs actifs.' });
  });

  it('says so when the network fails, and stays generic for a body that is not JSON', async () => {
    const { client, invoke } = fakeSupabase();
    invoke.mockResolvedValueOnce({ data: null, error: Object.assign(new Error('Failed to send a request'), { name: 'FunctionsFetchError' }) });
    const unreachable = await invokeFunction(client, 'admin-users').catch((e: unknown) => e);
    expect(describeAdminError(unreachable, fr.admin.common, 'fr')).toBe('Connexion au service impossible. Vérifiez votre réseau et réessayez.');
    expect(describeAdminError(unreachable, en.admin.common, 'en')).toBe('Could not reach the service. Check your connection and try again.');
    invoke.mockResolvedValueOnce({ data: null, error: Object.assign(new Error('x'), { name: 'FunctionsHttpError', context: new Response('<html>', { status: 502 }) }) });
    const noAnswer = await invokeFunction(client, 'admin-users').catch((e: unknown) => e);
    expect(describeAdminError(noAnswer, fr.admin.common, 'fr')).toBe('Le service d’administration n’a pas pu répondre. Réessayez dans un instant.');
    expect(describeAdminError(noAnswer, en.admin.common, 'en')).toBe('The administration service did not answer. Try again in a moment.');
  });
});

describe('parseResponse', () => {
  it('fails loudly, in the reader’s language, when the answer is not what the screen expects', () => {
    const schema = z.object({ total: z.number() });
    expect(parseResponse(schema, { total: 3, extra: true })).toEqual({ total: 3 });
    const drift = (() => { try { return parseResponse(schema, { total: '3' }); } catch (error) { return error; } })();
    expect(drift).toBeInstanceOf(FunctionCallError);
    expect(describeAdminError(drift, fr.admin.common, 'fr')).toBe('Réponse inattendue du serveur. Rechargez la page.');
    expect(describeAdminError(drift, en.admin.common, 'en')).toBe('Unexpected answer from the server. Reload the page.');
  });
});

describe('describeAdminError', () => {
  it('keeps a function’s message and a database’s own sentence', () => {
    expect(describeAdminError(new FunctionCallError(400, 'invalid_request', 'Un administrateur ne peut pas changer son propre rôle.'), fr.admin.common, 'fr'))
      .toBe('Un administrateur ne peut pas changer son propre rôle.');
    expect(describeAdminError({ code: 'P0002', message: 'Événement introuvable.' }, fr.admin.common, 'fr')).toBe('Événement introuvable.');
  });

  it('says Postgres’ own refusals in the admin’s language', () => {
    const denied = { code: '42501', message: 'permission denied for table events' };
    expect(describeAdminError(denied, en.admin.common, 'en')).toBe('Your account is not allowed to do this.');
    expect(describeAdminError(denied, fr.admin.common, 'fr')).toBe('Action non autorisée pour votre compte.');
  });
});
