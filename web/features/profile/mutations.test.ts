import { describe, expect, it } from 'vitest';
import { clientAnswering, deletedObject } from '@/test/supabase-answering';
import { replaceAvatar } from './mutations';

const USER = '11111111-1111-4111-8111-111111111111';
const OLD = `${USER}/avatar-1.png`;
const photo = () => new File([new Uint8Array(64)], 'moi.png', { type: 'image/png' });
const profileRow = (avatarPath: string) => ({ id: USER, full_name: 'Amina Diallo', avatar_path: avatarPath, bio: '', role: 'candidate' });

/** Storage takes the upload; PostgREST answers the update with the row now pointing at `path`. */
function answers(removal: unknown) {
  return clientAnswering({
    '/storage/v1/object/avatars/': { status: 200, body: { Key: 'avatars/new', Id: 'o2' } },
    '/storage/v1/object/avatars': { status: 200, body: removal },
    '/rest/v1/profiles': { status: 200, body: profileRow(`${USER}/avatar-2.png`) },
  });
}

describe('replaceAvatar', () => {
  it('points the profile at the new photo, then removes the old one', async () => {
    const { supabase, calls } = answers([deletedObject('avatars', OLD)]);
    const { profile, oldPhotoKept } = await replaceAvatar(supabase, USER, photo(), OLD);
    expect(profile.avatar_path).toBe(`${USER}/avatar-2.png`);
    expect(oldPhotoKept).toBe(false);
    expect(calls.map((call) => call.replace(/avatar-\d+\.png$/, 'avatar-N.png'))).toEqual([
      `POST /storage/v1/object/avatars/${USER}/avatar-N.png`, 'PATCH /rest/v1/profiles', 'DELETE /storage/v1/object/avatars',
    ]);
  });

  it('says the old photo was kept when Storage answers 200 without listing it as deleted', async () => {
    const { supabase } = answers([]);
    const { profile, oldPhotoKept } = await replaceAvatar(supabase, USER, photo(), OLD);
    expect(profile.avatar_path).toBe(`${USER}/avatar-2.png`);
    expect(oldPhotoKept).toBe(true);
  });

  it('removes nothing for a first photo', async () => {
    const { supabase, calls } = answers([]);
    expect((await replaceAvatar(supabase, USER, photo(), null)).oldPhotoKept).toBe(false);
    expect(calls.filter((call) => call.startsWith('DELETE'))).toEqual([]);
  });
});
