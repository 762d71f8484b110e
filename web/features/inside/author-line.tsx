import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/local-time';
import { avatarUrl } from '@/features/profile/avatar-url';
import { AUTHOR_ROLE_LABELS, type UserRole } from './labels';

type AuthorLineProps = { name: string; avatarPath: string | null; role: UserRole; createdAt: string; editedAt: string | null };

/** Who wrote it and when; staff authors carry their role in words. */
export function AuthorLine({ name, avatarPath, role, createdAt, editedAt }: AuthorLineProps) {
  const roleLabel = AUTHOR_ROLE_LABELS[role];
  return (
    <div className="flex min-w-0 items-center gap-3">
      <Avatar src={avatarUrl(avatarPath)} name={name} />
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold text-slate-900">{name}</span>
          {roleLabel ? <Badge tone="info" className="text-xs">{roleLabel}</Badge> : null}
        </p>
        <p className="text-slate-600">
          <RelativeTime iso={createdAt} />
          {editedAt ? <span> · modifié</span> : null}
        </p>
      </div>
    </div>
  );
}
