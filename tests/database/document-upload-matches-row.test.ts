// Issue #14, hole 11 (Storage): the file uploaded onto a document's path must be the one its row
// declares. The bucket alone accepts any of its types up to 50 MB, so without this tie a member
// could declare a small PDF, have it reviewed as such, and store a large image, or anything, instead.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner } from '../support/db.ts';
import { upload } from '../support/storage.ts';
import { clearRateLimits, createWorld, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

/** A pending row the candidate declares through the API, as the app does before uploading. */
async function declare(fileName: string, mimeType: string, sizeBytes: number): Promise<string> {
  await clearRateLimits(w.candidate.id);
  const result = await attempt<{ storage_path: string }>(
    w.candidate.actor,
    `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes) values ($1, 'passport', $2, $3, $4)
     returning storage_path`,
    [w.dossier, fileName, mimeType, sizeBytes],
  );
  expect(result).toMatchObject({ ok: true, rowCount: 1 });
  return result.ok ? result.rows[0].storage_path : '';
}

const stored = async (path: string) =>
  (await owner(`select metadata from storage.objects where bucket_id = 'documents' and name = $1`, [path])).rows;

describe('an upload must match the type and size its document row declares', () => {
  it('a PDF of the declared size is stored', async () => {
    const path = await declare('passeport.pdf', 'application/pdf', 2048);
    expect(await upload(w.candidate.actor, 'documents', path, { mimetype: 'application/pdf', size: 2048 })).toMatchObject({ ok: true });
    expect(await stored(path)).toEqual([{ metadata: expect.objectContaining({ mimetype: 'application/pdf', size: 2048 }) }]);
  });

  it('a row declared as a PDF does not take an image the bucket would accept', async () => {
    const path = await declare('releve.pdf', 'application/pdf', 2048);
    expect(await upload(w.candidate.actor, 'documents', path, { mimetype: 'image/png', size: 2048 })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await stored(path)).toEqual([]);
  });

  it('a row declared at 2 KB does not take a 40 MB file', async () => {
    const path = await declare('diplome.pdf', 'application/pdf', 2048);
    expect(await upload(w.candidate.actor, 'documents', path, { mimetype: 'application/pdf', size: 40 * 1024 * 1024 })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await stored(path)).toEqual([]);
  });

  it('a file of unannounced length (chunked) is refused: its size cannot be checked first', async () => {
    const path = await declare('lettre.pdf', 'application/pdf', 2048);
    expect(await upload(w.candidate.actor, 'documents', path, { mimetype: 'application/pdf', size: 2048, chunked: true })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await stored(path)).toEqual([]);
  });

  it('the assigned pro is held to the same rule on the rows she declares', async () => {
    await clearRateLimits(w.pro.id);
    const declared = await attempt<{ storage_path: string }>(
      w.pro.actor,
      `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes) values ($1, null, 'note.pdf', 'application/pdf', 4096)
       returning storage_path`,
      [w.dossier],
    );
    const path = declared.ok ? declared.rows[0].storage_path : '';
    expect(await upload(w.pro.actor, 'documents', path, { mimetype: 'image/jpeg', size: 4096 })).toMatchObject({ ok: false, status: 403 });
    expect(await upload(w.pro.actor, 'documents', path, { mimetype: 'application/pdf', size: 4096 })).toMatchObject({ ok: true });
  });
});
