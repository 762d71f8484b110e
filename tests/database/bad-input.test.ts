// Bad input gets a clear error and leaves nothing behind: each refusal carries a stable SQLSTATE and
// a French sentence the UI can show (ours, or the violated constraint's), and the row count does not move.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner, type Actor } from '../support/db.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { clearRateLimits, createDocument, createDossier, createWorld, type World } from '../support/world.ts';

let w: World;
let bucket: { file_size_limit: number; allowed_mime_types: string[] };

beforeAll(async () => {
  w = await createWorld();
  // The documents bucket is the single source of the limits: the test follows whatever it says.
  const { rows } = await owner<{ file_size_limit: string; allowed_mime_types: string[] }>(
    `select file_size_limit, allowed_mime_types from storage.buckets where id = 'documents'`,
  );
  bucket = { file_size_limit: Number(rows[0].file_size_limit), allowed_mime_types: rows[0].allowed_mime_types };
});

const count = async (sql: string, params: unknown[] = []) =>
  Number((await owner<{ n: string }>(`select count(*) as n from ${sql}`, params)).rows[0].n);

/** Runs `fn` and checks that the counted rows did not move. */
async function nothingWritten(counted: string, params: unknown[], fn: () => Promise<void>) {
  const before = await count(counted, params);
  await fn();
  expect(await count(counted, params)).toBe(before);
}

/** One write as `actor`, with the per-user write limit cleared first so it cannot mask the real error. */
async function write(actor: Actor & { id?: string }, userId: string, sql: string, params: unknown[] = []) {
  await clearRateLimits(userId);
  return attempt(actor, sql, params);
}

describe('dossier text', () => {
  const mine = () => [w.candidate.id] as unknown[];
  const insertDossier = (title: string, description = '') =>
    write(
      w.candidate.actor,
      w.candidate.id,
      `insert into public.dossiers (program_type, title, description) values ('study_permit', $1, $2)`,
      [title, description],
    );

  it.each([
    ['an empty title', ''],
    ['a whitespace-only title', ' \t\n  '],
    ['a 151-character title', 'T'.repeat(151)],
  ])('%s is refused (23514) in French, and no dossier is created', async (_label, title) => {
    await nothingWritten(`public.dossiers where candidate_id = $1`, mine(), async () => {
      await expectClearFrenchError(await insertDossier(title), '23514');
    });
  });

  it('a description over 5000 characters is refused (23514) in French', async () => {
    await nothingWritten(`public.dossiers where candidate_id = $1`, mine(), async () => {
      await expectClearFrenchError(await insertDossier('Titre correct', 'D'.repeat(5001)), '23514');
    });
  });

  it('a title of exactly 150 characters is accepted (the limit is where it says)', async () => {
    const before = await count(`public.dossiers where candidate_id = $1`, mine());
    expect(await insertDossier('T'.repeat(150))).toMatchObject({ ok: true, rowCount: 1 });
    expect(await count(`public.dossiers where candidate_id = $1`, mine())).toBe(before + 1);
  });

  it('blanking the title of an existing draft is refused and the title is kept', async () => {
    const id = await createDossier(w.candidate.id, { title: 'Mon titre' });
    const result = await write(w.candidate.actor, w.candidate.id, `update public.dossiers set title = '   ' where id = $1`, [id]);
    await expectClearFrenchError(result, '23514');
    expect((await owner(`select title from public.dossiers where id = $1`, [id])).rows[0]).toEqual({ title: 'Mon titre' });
  });

  it('an unknown program type is refused (22P02) naming the value, and no dossier is created', async () => {
    // Enum input is parsed before any SQL of ours runs: Postgres' message, which names the bad value.
    await nothingWritten(`public.dossiers where candidate_id = $1`, mine(), async () => {
      const result = await write(
        w.candidate.actor,
        w.candidate.id,
        `insert into public.dossiers (program_type, title) values ($1, 'Vacances')`,
        ['permis_vacances'],
      );
      expect(result).toMatchObject({ ok: false, code: '22P02' });
      expect(result.ok ? '' : result.message).toContain('"permis_vacances"');
    });
  });
});

describe('workflow input', () => {
  let dossierId: string;
  beforeAll(async () => {
    dossierId = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'in_review' });
  });
  const history = () => [dossierId] as unknown[];

  it('a note over 2000 characters is refused (22001) in French; no status, timeline or notification is written', async () => {
    const notifications = await count(`public.notifications where user_id = $1`, [w.candidate.id]);
    await nothingWritten(`public.dossier_status_history where dossier_id = $1`, history(), async () => {
      const result = await attempt(w.pro.actor, `select public.change_dossier_status($1, 'action_required', $2)`, [
        dossierId,
        'N'.repeat(2001),
      ]);
      await expectClearFrenchError(result, '22001');
    });
    expect((await owner(`select status from public.dossiers where id = $1`, [dossierId])).rows[0]).toEqual({ status: 'in_review' });
    expect(await count(`public.notifications where user_id = $1`, [w.candidate.id])).toBe(notifications);
  });

  it('an unknown status is refused (22P02) naming the value', async () => {
    await nothingWritten(`public.dossier_status_history where dossier_id = $1`, history(), async () => {
      const result = await attempt(w.pro.actor, `select public.change_dossier_status($1, $2)`, [dossierId, 'termine']);
      expect(result).toMatchObject({ ok: false, code: '22P02' });
      expect(result.ok ? '' : result.message).toContain('"termine"');
    });
  });

  it('a note of exactly 2000 characters is kept', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'in_review' });
    expect(await attempt(w.pro.actor, `select public.change_dossier_status($1, 'action_required', $2)`, [id, 'N'.repeat(2000)])).toMatchObject({
      ok: true,
    });
    const { rows } = await owner(`select char_length(note) as n from public.dossier_status_history where dossier_id = $1 and to_status = 'action_required'`, [id]);
    expect(rows).toEqual([{ n: 2000 }]);
  });
});

describe('message input', () => {
  const inDossier = () => [w.dossier] as unknown[];
  const send = (body: string, attachment: string | null = null) =>
    write(
      w.candidate.actor,
      w.candidate.id,
      `insert into public.messages (dossier_id, body, attachment_document_id) values ($1, $2, $3)`,
      [w.dossier, body, attachment],
    );

  it.each([
    ['an empty body', ''],
    ['a whitespace-only body', '  \n\t  '],
    ['a 4001-character body', 'M'.repeat(4001)],
  ])('%s is refused (23514) in French, and nothing is sent', async (_label, body) => {
    await nothingWritten(`public.messages where dossier_id = $1`, inDossier(), async () => {
      await expectClearFrenchError(await send(body), '23514');
    });
  });

  it('a body of exactly 4000 characters is sent', async () => {
    const before = await count(`public.messages where dossier_id = $1`, inDossier());
    expect(await send('M'.repeat(4000))).toMatchObject({ ok: true, rowCount: 1 });
    expect(await count(`public.messages where dossier_id = $1`, inDossier())).toBe(before + 1);
  });

  it('an attachment from another dossier is refused (23503) in French, and nothing is sent', async () => {
    const foreign = await createDocument(w.otherDossier, w.otherCandidate.id);
    await nothingWritten(`public.messages where dossier_id = $1`, inDossier(), async () => {
      await expectClearFrenchError(await send('Voir pièce jointe', foreign.id), '23503');
      await expectClearFrenchError(await send('Voir pièce jointe', crypto.randomUUID()), '23503');
    });
  });

  it('an attachment from the same dossier is accepted', async () => {
    const own = await createDocument(w.dossier, w.candidate.id);
    expect(await send('Voici le document', own.id)).toMatchObject({ ok: true, rowCount: 1 });
  });

  it('a second message within a second is refused (PT429) in French, and only the first is written', async () => {
    const before = await count(`public.messages where dossier_id = $1`, inDossier());
    expect(await send('Premier message')).toMatchObject({ ok: true, rowCount: 1 });
    const second = await attempt(w.candidate.actor, `insert into public.messages (dossier_id, body) values ($1, 'Deuxième message')`, [
      w.dossier,
    ]);
    await expectClearFrenchError(second, 'PT429');
    expect(second.ok ? '' : second.message).toMatch(/Trop de requêtes/);
    expect(await count(`public.messages where dossier_id = $1`, inDossier())).toBe(before + 1);
    expect(await count(`public.messages where dossier_id = $1 and body = 'Deuxième message'`, inDossier())).toBe(0);
  });
});

describe('document rows', () => {
  const inDossier = () => [w.dossier] as unknown[];
  const addDocument = (fileName: string, mimeType: string, size: number) =>
    write(
      w.candidate.actor,
      w.candidate.id,
      `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes) values ($1, 'passport', $2, $3, $4)`,
      [w.dossier, fileName, mimeType, size],
    );

  it('a mime type outside the bucket allow-list is refused (22023) in French', async () => {
    const refused = ['text/html', 'image/svg+xml', 'application/x-msdownload', 'application/zip'];
    for (const mime of refused) expect(bucket.allowed_mime_types).not.toContain(mime);
    await nothingWritten(`public.documents where dossier_id = $1`, inDossier(), async () => {
      for (const mime of refused) {
        const result = await addDocument('piece.bin', mime, 1000);
        await expectClearFrenchError(result, '22023');
        // The formats allowed, in words; the type as stored (« application/x-msdownload ») means nothing to a member.
        expect(result.ok ? '' : result.message).toBe('Type de fichier non accepté. Formats permis\u202f: PDF, images, documents bureautiques.');
      }
    });
  });

  it('every mime type of the allow-list is accepted', async () => {
    for (const mime of bucket.allowed_mime_types) {
      expect({ mime, result: await addDocument(`piece-${crypto.randomUUID()}`, mime, 1000) }).toMatchObject({ mime, result: { ok: true } });
    }
  });

  it('a size above the bucket limit is refused (22023) in French naming the limit; the limit itself passes', async () => {
    const limit = bucket.file_size_limit;
    await nothingWritten(`public.documents where dossier_id = $1`, inDossier(), async () => {
      const result = await addDocument('gros.pdf', 'application/pdf', limit + 1);
      await expectClearFrenchError(result, '22023');
      expect(result.ok ? '' : result.message).toContain(`${Math.floor(limit / 1048576)}\u00a0Mo`);
    });
    expect(await addDocument('juste.pdf', 'application/pdf', limit)).toMatchObject({ ok: true, rowCount: 1 });
  });

  it.each([0, -5])('a size of %i bytes is refused (23514) in French', async (size) => {
    await nothingWritten(`public.documents where dossier_id = $1`, inDossier(), async () => {
      await expectClearFrenchError(await addDocument('vide.pdf', 'application/pdf', size), '23514');
    });
  });

  it.each([
    ['../x', 'climbs out of its folder'],
    ['a/b', 'adds a folder'],
    ['a\\b.pdf', 'has a backslash'],
    ['..', 'is the parent folder'],
    ['.', 'is the current folder'],
    ['', 'is empty'],
    ['ligne\nsuivante.pdf', 'has a control character'],
    [`${'n'.repeat(177)}.pdf`, 'is over 180 characters'],
  ])('a file name %j (%s) is refused (23514) in French', async (fileName) => {
    await nothingWritten(`public.documents where dossier_id = $1`, inDossier(), async () => {
      await expectClearFrenchError(await addDocument(fileName, 'application/pdf', 1000), '23514');
    });
  });

  it('a file name with spaces, accents and dots is fine', async () => {
    expect(await addDocument('Relevé de notes v2.final.pdf', 'application/pdf', 1000)).toMatchObject({ ok: true, rowCount: 1 });
  });

  it('a second document row within a second is refused (PT429) in French', async () => {
    const before = await count(`public.documents where dossier_id = $1`, inDossier());
    expect(await addDocument('un.pdf', 'application/pdf', 10)).toMatchObject({ ok: true });
    const second = await attempt(
      w.candidate.actor,
      `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes) values ($1, 'photo', 'deux.png', 'image/png', 10)`,
      [w.dossier],
    );
    await expectClearFrenchError(second, 'PT429');
    expect(await count(`public.documents where dossier_id = $1`, inDossier())).toBe(before + 1);
  });
});

describe('review input', () => {
  const state = async (id: string) =>
    (await owner(`select status, rejection_reason, reviewed_by from public.documents where id = $1`, [id])).rows[0];
  const audits = (id: string) => [id] as unknown[];

  it.each([
    ['no reason', null],
    ['an empty reason', ''],
    ['a whitespace-only reason', '   '],
    ['a reason of tabs and line breaks', '\n\t \r\n'],
  ])('a rejection with %s is refused (22023) in French; the document stays pending', async (_label, reason) => {
    const { id } = await createDocument(w.dossier, w.candidate.id);
    await nothingWritten(`public.audit_log where target_id = $1`, audits(id), async () => {
      const result = await attempt(w.pro.actor, `select public.review_document($1, 'rejected', $2)`, [id, reason]);
      await expectClearFrenchError(result, '22023');
    });
    expect(await state(id)).toEqual({ status: 'pending', rejection_reason: null, reviewed_by: null });
  });

  it('a rejection reason over 1000 characters is refused (23514) in French', async () => {
    const { id } = await createDocument(w.dossier, w.candidate.id);
    await nothingWritten(`public.audit_log where target_id = $1`, audits(id), async () => {
      const result = await attempt(w.pro.actor, `select public.review_document($1, 'rejected', $2)`, [id, 'R'.repeat(1001)]);
      await expectClearFrenchError(result, '23514');
    });
    expect(await state(id)).toMatchObject({ status: 'pending' });
  });

  it('an unknown decision is refused (22P02) naming the value', async () => {
    const { id } = await createDocument(w.dossier, w.candidate.id);
    const result = await attempt(w.pro.actor, `select public.review_document($1, $2)`, [id, 'peut_etre']);
    expect(result).toMatchObject({ ok: false, code: '22P02' });
    expect(result.ok ? '' : result.message).toContain('"peut_etre"');
    expect(await state(id)).toMatchObject({ status: 'pending' });
  });
});

describe('event input', () => {
  // Admins write events.
  const insertEvent = (starts: string, ends: string) =>
    write(w.admin.actor, w.admin.id, `insert into public.events (title, starts_at, ends_at) values ('Webinaire', $1, $2)`, [starts, ends]);

  it('an event of more than 24 hours is refused (23514) in French, and none is created', async () => {
    await nothingWritten(`public.events where title = 'Webinaire'`, [], async () => {
      await expectClearFrenchError(await insertEvent('2027-01-10T18:00:00Z', '2027-01-11T18:00:01Z'), '23514');
    });
  });

  it('an event of exactly 24 hours is accepted (the upcoming list still finds it while it runs)', async () => {
    expect(await insertEvent('2027-01-10T18:00:00Z', '2027-01-11T18:00:00Z')).toMatchObject({ ok: true, rowCount: 1 });
  });
});

describe('profile input', () => {
  it.each([
    ['a blank name', `full_name = '   '`],
    ['a 121-character name', `full_name = repeat('n', 121)`],
    ['a 501-character bio', `bio = repeat('b', 501)`],
  ])('%s is refused (23514) in French and the profile is kept', async (_label, assignment) => {
    const before = (await owner(`select full_name, bio from public.profiles where id = $1`, [w.otherCandidate.id])).rows[0];
    const result = await attempt(w.otherCandidate.actor, `update public.profiles set ${assignment} where id = auth.uid()`);
    await expectClearFrenchError(result, '23514');
    expect((await owner(`select full_name, bio from public.profiles where id = $1`, [w.otherCandidate.id])).rows[0]).toEqual(before);
  });
});
