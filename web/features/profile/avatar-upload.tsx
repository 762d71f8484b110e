'use client';

import { Avatar } from '@/components/ui/avatar';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { useToast } from '@/components/ui/toast';
import { describeError } from '@/lib/supabase/errors';
import { avatarUrl } from './avatar-url';
import type { Profile } from './queries';
import { AVATAR_RULES } from './rules';
import { useReplaceAvatar } from './use-profile-mutations';

export function AvatarUpload({ profile }: { profile: Profile }) {
  const toast = useToast();
  const replace = useReplaceAvatar(profile.id);

  const onFiles = ([file]: File[]) => {
    if (!file) return;
    replace.mutate(
      { file, previousPath: profile.avatar_path },
      {
        onSuccess: ({ oldPhotoKept }) =>
          oldPhotoKept
            ? toast.info("Photo de profil mise à jour. L'ancienne n'a pas pu être supprimée tout de suite ; elle le sera automatiquement.")
            : toast.success('Photo de profil mise à jour.'),
        onError: (error) => toast.error(error instanceof Error && !('code' in error) ? error.message : describeError(error)),
      },
    );
  };

  return (
    <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
      <Avatar src={avatarUrl(profile.avatar_path)} name={profile.full_name} size="lg" decorative={false} />
      <div className="flex-1" aria-busy={replace.isPending}>
        <FileDropZone
          label={profile.avatar_path ? 'Remplacer la photo' : 'Ajouter une photo'}
          accept={AVATAR_RULES.accept}
          maxBytes={AVATAR_RULES.maxBytes}
          buttonLabel={replace.isPending ? 'Envoi en cours…' : 'Choisir une image'}
          disabled={replace.isPending}
          onFiles={onFiles}
        />
      </div>
    </div>
  );
}
