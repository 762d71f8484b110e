import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/local-time';
import { avatarUrl } from '@/features/profile';
import { memberPath } from '@/lib/routes';
import { staffRole, type UserRole } from './labels';

type AuthorLineProps = { authorId: string; name: string; avatarPath: string | null; role: UserRole; createdAt: string; editedAt: string | null };

/** Who wrote it (linked to their page) and when; staff authors carry their role in words. */
export function AuthorLine({ authorId, name, avatarPath, role, createdAt, editedAt }: AuthorLineProps) {
  const t = useTranslations('inside');
  const staff = staffRole(role);
  return (
    <div className="flex min-w-0 items-center gap-3">
      <Avatar src={avatarUrl(avatarPath)} name={name} />
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          {/* Not prefetched: a feed page names up to twenty authors, each a server read. */}
          <Link href={memberPath(authorId)} prefetch={false} className="font-semibold text-slate-900">{name}</Link>
          {staff ? <Badge tone="info" className="text-xs">{t(`authorRole.${staff}`)}</Badge> : null}
        </p>
        <p className="text-slate-600">
          <RelativeTime iso={createdAt} />
          {editedAt ? <span>{t('edited')}</span> : null}
        </p>
      </div>
    </div>
  );
}
