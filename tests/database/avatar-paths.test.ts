// The avatars bucket through the Storage API, as an attacker would use it: a member out of good
// standing (suspended, or without consent) lists nothing at all, and no member writes a file, or
// points their profile, at a name with an empty, `.` or `..` segment such as {me}/../{other}/avatar.png,
// which names another member's file. Documents follow their rows, whose file names refuse the same.
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/auth.ts';
import { attempt, owner, user } from '../support/db.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { list, upload } from '../support/storage.ts';
import { createDocument, createDossier, createMember, type Member } from '../support/world.ts';
import { putObject } from '../support/access-matrix.ts';

const PNG = { mimetype: 'image/png', size: 2048 };
const PDF = { mimetype: 'application/pdf', size: 1024 }; // the size createDocument() declares on the row

let me: Member;
let other: Member;

beforeAll(async () => {
  [me, other] = await Promise.all([createMember({ fullName: 'Membre Curieux' }), createMember({ fullName: 'Membre Visé' })]);
  await putObject('avatars', `${other.id}/avatar.png`, other.id, PNG.mimetype);
});

const objectsNamed = async (name: string) =>
  (await owner<{ n: number }>(`select count(*)::int as n from storage.objects where bucket_id = 'avatars' and name = $1`, [name]))
    .rows[0]!.n;

describe('listing the avatars bucket', () => {
  it('a suspended member lists nothing, not even the avatar they uploaded before the suspension', async () => {
    const suspended = await createMember({ fullName: 'Membre Suspendu' });
    expect(await upload(suspended.actor, 'avatars', `${suspended.id}/avatar.png`, PNG)).toMatchObject({ ok: true });
    expect(await list(suspended.actor, 'avatars', `${suspended.id}/`)).toMatchObject({ ok: true, rowCount: 1 });
    await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [suspended.id]);
    expect(await list(suspended.actor, 'avatars')).toEqual({ ok: true, rows: [], rowCount: 0 });
  });

  it('a member who has not consented lists nothing, not even their own folder', async () => {
    const { id } = await signUp({ fullName: 'Sans Consentement' });
    await putObject('avatars', `${id}/avatar.png`, id, PNG.mimetype);
    expect(await list(user(id), 'avatars')).toEqual({ ok: true, rows: [], rowCount: 0 });
  });

  it("an active member sees only their own folder: no other member's id comes back", async () => {
    await putObject('avatars', `${me.id}/avatar.png`, me.id, PNG.mimetype);
    const result = await list(me.actor, 'avatars');
    expect(result.ok && result.rows.map((r) => String(r.name).split('/')[0])).toEqual([me.id]);
  });
});

describe('object names in the avatars bucket', () => {
  it.each([
    ['a `..` segment into another member\'s folder', (m: Member, o: Member) => `${m.id}/../${o.id}/avatar.png`],
    ['a `.` segment', (m: Member) => `${m.id}/./avatar.png`],
    ['an empty segment', (m: Member) => `${m.id}//avatar.png`],
    ['a trailing slash', (m: Member) => `${m.id}/avatar.png/`],
  ])('an upload under %s is refused (22023) in French and stores nothing', async (_what, nameOf) => {
    const name = nameOf(me, other);
    const result = await upload(me.actor, 'avatars', name, PNG);
    expect(result).toMatchObject({ ok: false, status: 400 });
    await expectClearFrenchError(result, '22023');
    expect(await objectsNamed(name)).toBe(0);
  });

  it('an upsert cannot rename a file into such a name either', async () => {
    const name = `${me.id}/../${other.id}/avatar.png`;
    const result = await upload(me.actor, 'avatars', name, { ...PNG, upsert: true });
    expect(result).toMatchObject({ ok: false, code: '22023' });
    expect(await objectsNamed(name)).toBe(0);
  });

  it('a plain name in the member\'s own folder is still accepted', async () => {
    expect(await upload(me.actor, 'avatars', `${me.id}/photo-2026.png`, PNG)).toMatchObject({ ok: true, rowCount: 1 });
  });
});

describe('profiles.avatar_path', () => {
  const avatarPathOf = async (id: string) =>
    (await owner<{ avatar_path: string | null }>('select avatar_path from public.profiles where id = $1', [id])).rows[0]!.avatar_path;

  it.each([
    ['{me}/../{other}/avatar.png', (m: Member, o: Member) => `${m.id}/../${o.id}/avatar.png`],
    ['{me}/./avatar.png', (m: Member) => `${m.id}/./avatar.png`],
    ['{me}//avatar.png', (m: Member) => `${m.id}//avatar.png`],
    ['{me}/', (m: Member) => `${m.id}/`],
  ])('pointing the profile at %s is refused (23514) in French and the path is kept', async (_path, pathOf) => {
    const before = await avatarPathOf(me.id);
    const result = await attempt(me.actor, 'update public.profiles set avatar_path = $1 where id = auth.uid()', [pathOf(me, other)]);
    const message = await expectClearFrenchError(result, '23514');
    expect(message).toMatch(/avatar/i);
    expect(await avatarPathOf(me.id)).toBe(before);
  });

  it('a plain path in the member\'s own folder is accepted', async () => {
    const result = await attempt(me.actor, 'update public.profiles set avatar_path = $1 where id = auth.uid()', [`${me.id}/photo-2026.png`]);
    expect(result).toMatchObject({ ok: true, rowCount: 1 });
  });
});

describe('object names in the documents bucket', () => {
  it('a document row cannot be named `..` (23514, in French), and a file under a `..` path is refused', async () => {
    const dossier = await createDossier(me.id);
    const row = await attempt(me.actor, `insert into public.documents (dossier_id, file_name, mime_type, size_bytes)
      values ($1, '..', 'application/pdf', 1024)`, [dossier]);
    await expectClearFrenchError(row, '23514');
    const { storage_path: path } = await createDocument(dossier, me.id);
    const escaped = `${path.split('/').slice(0, 2).join('/')}/../../${other.id}/avatar.pdf`;
    expect(await upload(me.actor, 'documents', escaped, PDF)).toMatchObject({ ok: false });
    expect(await upload(me.actor, 'documents', path, PDF)).toMatchObject({ ok: true });
  });
});
