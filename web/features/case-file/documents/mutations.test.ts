import { describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/supabase/explain-error';
import { clientAnswering, deletedObject } from '@/test/supabase-answering';
import { deleteDocument } from './mutations';

const DOCUMENT = { id: '55555555-5555-4555-8555-000000000002', storage_path: 'd1/55555555-5555-4555-8555-000000000002/tef.pdf' };
const STORAGE = '/storage/v1/object/documents';
const ROW_DELETED = { status: 200, body: [{ id: DOCUMENT.id }] };

describe('deleteDocument', () => {
  it('deletes the row once Storage lists the file among the objects it deleted', async () => {
    const { supabase, calls } = clientAnswering({
      [STORAGE]: { status: 200, body: [deletedObject('documents', DOCUMENT.storage_path)] },
      '/rest/v1/documents': ROW_DELETED,
    });
    await deleteDocument(supabase, DOCUMENT);
    expect(calls).toEqual([`DELETE ${STORAGE}`, 'DELETE /rest/v1/documents']);
  });

  it('keeps the row and says so when Storage answers 200 with nothing deleted (RLS refused, or no such file)', async () => {
    const { supabase, calls } = clientAnswering({ [STORAGE]: { status: 200, body: [] }, '/rest/v1/documents': ROW_DELETED });
    const attempt = deleteDocument(supabase, DOCUMENT);
    await expect(attempt).rejects.toThrow(UserFacingError);
    await expect(attempt).rejects.toMatchObject({ problem: 'fileMaybeReviewed' });
    expect(calls).toEqual([`DELETE ${STORAGE}`]);
  });

  it('keeps the row when Storage deleted another file but not this one', async () => {
    const { supabase, calls } = clientAnswering({
      [STORAGE]: { status: 200, body: [deletedObject('documents', 'd1/other/file.pdf')] },
      '/rest/v1/documents': ROW_DELETED,
    });
    await expect(deleteDocument(supabase, DOCUMENT)).rejects.toMatchObject({ problem: 'fileMaybeReviewed' });
    expect(calls).toEqual([`DELETE ${STORAGE}`]);
  });

  it('asks to try again when Storage answers with an error', async () => {
    const { supabase, calls } = clientAnswering({
      [STORAGE]: { status: 400, body: { statusCode: '500', error: 'internal', message: 'Internal Server Error' } },
      '/rest/v1/documents': ROW_DELETED,
    });
    await expect(deleteDocument(supabase, DOCUMENT)).rejects.toMatchObject({ problem: 'fileNotDeleted' });
    expect(calls).toEqual([`DELETE ${STORAGE}`]);
  });
});
