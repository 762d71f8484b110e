// A member who signed up without consenting to the terms reads their own account and nothing
// more until they accept the version in force; consent cannot be written around accept_terms().
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/auth.ts';
import { anon, attempt, one, user, type Actor } from '../support/db.ts';
import { TERMS_VERSION } from '../support/world.ts';

describe('consent to the terms', () => {
  let member: { id: string; actor: Actor };

  beforeAll(async () => {
    const { id } = await signUp({ fullName: 'Sans Consentement' });
    member = { id, actor: user(id) };
  });

  const newDossier = () =>
    attempt(member.actor, `insert into public.dossiers (program_type, title) values ('visitor_visa', 'Visite') returning id`);
  const consent = () => one(`select terms_version, terms_accepted_at from public.accounts where user_id = $1`, [member.id]);

  it('a member who signed up without consent reads their own account but cannot open a dossier', async () => {
    expect(await attempt(member.actor, `select user_id, status, terms_version from public.accounts`)).toEqual({
      ok: true,
      rowCount: 1,
      rows: [{ user_id: member.id, status: 'active', terms_version: null }],
    });
    expect(await newDossier()).toMatchObject({ ok: false, code: '42501' });
  });

  it('consent cannot be written directly', async () => {
    const result = await attempt(
      member.actor,
      `update public.accounts set terms_version = $2, terms_accepted_at = now() where user_id = $1`,
      [member.id, TERMS_VERSION],
    );
    expect(result).toMatchObject({ ok: false, code: '42501' });
    expect(await consent()).toEqual({ terms_version: null, terms_accepted_at: null });
  });

  it('accepting an unknown version is refused (22023) with a French message and records nothing', async () => {
    for (const version of ['2025-01', '', null]) {
      const result = await attempt(member.actor, `select public.accept_terms($1)`, [version]);
      expect(result).toMatchObject({ ok: false, code: '22023' });
      if (!result.ok) expect(result.message).toMatch(/^Version des conditions inconnue/);
    }
    expect(await consent()).toEqual({ terms_version: null, terms_accepted_at: null });
    expect(await attempt(anon, `select public.accept_terms($1)`, [TERMS_VERSION])).toMatchObject({ ok: false, code: '42501' });
  });

  it('after accept_terms(current version) the member can open a dossier', async () => {
    expect(await attempt(member.actor, `select public.accept_terms($1)`, [TERMS_VERSION])).toMatchObject({ ok: true });
    expect(await consent()).toMatchObject({ terms_version: TERMS_VERSION, terms_accepted_at: expect.any(Date) });
    expect(await newDossier()).toMatchObject({ ok: true, rowCount: 1 });
  });
});
