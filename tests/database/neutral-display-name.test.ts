// A sign-up without a full name (the API allows it; the form does not) shows the member to everyone
// under a neutral name, « Membre » and a code from their id, never under their email's local part,
// which is often their name (personal data under Québec's Law 25).
import { describe, expect, it } from 'vitest';
import { signUp, uniqueEmail } from '../support/auth.ts';
import { attempt, owner, user } from '../support/db.ts';
import { TERMS_VERSION, createMember } from '../support/world.ts';

const consent = { terms_version: TERMS_VERSION };
const nameOf = async (id: string) =>
  (await owner<{ full_name: string }>('select full_name from public.profiles where id = $1', [id])).rows[0]!.full_name;

describe('the display name of a member who gave none', () => {
  it.each([
    ['no full name at all', {}],
    ['a full name of spaces and tabs', { full_name: ' \t\n ' }],
    ['a full name that is null', { full_name: null }],
  ])('with %s, other members see a neutral name that owes nothing to the email', async (_case, metadata) => {
    const email = uniqueEmail('jeanne.tremblay');
    const { id } = await signUp({ email, metadata: { ...consent, ...metadata } });
    const name = await nameOf(id);
    expect(name).toBe(`Membre ${id.slice(0, 6).toUpperCase()}`);
    expect(name.toLowerCase()).not.toContain('jeanne');
    expect(name.toLowerCase()).not.toContain(email.split('@')[0]!.toLowerCase());

    const reader = await createMember();
    expect(await attempt(reader.actor, 'select full_name from public.profiles where id = $1', [id]))
      .toMatchObject({ ok: true, rows: [{ full_name: name }] });
  });

  it('the member can then choose their name', async () => {
    const { id } = await signUp({ metadata: consent });
    expect(await attempt(user(id), `update public.profiles set full_name = 'Jeanne T.' where id = auth.uid()`))
      .toMatchObject({ ok: true, rowCount: 1 });
    expect(await nameOf(id)).toBe('Jeanne T.');
  });

  it('a full name given at sign-up is used as given, trimmed', async () => {
    const { id } = await signUp({ fullName: '  Jeanne Tremblay ', metadata: consent });
    expect(await nameOf(id)).toBe('Jeanne Tremblay');
  });
});
