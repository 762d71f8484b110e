import { publicEnv } from '@/lib/env';

/** Public URL of an avatar in the public `avatars` bucket (no request needed). */
export function avatarUrl(path: string | null | undefined): string | null {
  if (!path) return null;
  const { supabaseUrl } = publicEnv();
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${supabaseUrl.replace(/\/$/, '')}/storage/v1/object/public/avatars/${encoded}`;
}
