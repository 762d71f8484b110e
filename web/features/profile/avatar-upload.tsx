'use client';

import { useTranslations } from 'next-intl';
import { useFieldError } from '@/features/auth';
import { Avatar } from '@/components/ui/avatar';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { avatarUrl } from './avatar-url';
import type { Profile } from './queries';
import { AVATAR_RULES } from './rules';
import { useReplaceAvatar } from './use-profile-mutations';

export function AvatarUpload({ profile }: { profile: Profile }) {
  const { describe } = useErrorText();
  const t = useTranslations('profile');
  const fieldError = useFieldError();
  const toast = useToast();
  const replace = useReplaceAvatar(profile.id);

  const onFiles = ([file]: File[]) => {
    if (!file) return;
    replace.mutate(
      { file, previousPath: profile.avatar_path },
      {
        onSuccess: ({ oldPhotoKept }) =>
          oldPhotoKept
            ? toast.info(t('photoUpdatedOldKept'))
            : toast.success(t('photoUpdated')),
        onError: (error) => toast.error(error instanceof Error && !('code' in error) ? fieldError(error.message) ?? error.message : describe(error)),
      },
    );
  };

  return (
    <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
      <Avatar src={avatarUrl(profile.avatar_path)} name={profile.full_name} size="lg" decorative={false} />
      <div className="flex-1" aria-busy={replace.isPending}>
        <FileDropZone
          label={profile.avatar_path ? t('replacePhoto') : t('addPhoto')}
          accept={AVATAR_RULES.accept}
          maxBytes={AVATAR_RULES.maxBytes}
          buttonLabel={replace.isPending ? t('uploading') : t('choosePhoto')}
          disabled={replace.isPending}
          onFiles={onFiles}
        />
      </div>
    </div>
  );
}
