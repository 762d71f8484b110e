'use client';

import Link from 'next/link';
import { Avatar } from '@/components/ui/avatar';
import { cn, focusRing } from '@/components/ui/cn';
import { useViewer } from '@/components/providers/viewer-context';
import { routes } from '@/lib/routes';
import { avatarUrl } from './avatar-url';
import { useProfile } from './use-profile';

/** The header's link to the member's own profile: photo, name and role (named by the layout). */
export function ProfileLink({ roleLabel }: { roleLabel: string }) {
  const viewer = useViewer();
  // Same cache entry the profile page edits, so a new name or photo shows here at once.
  const { data: profile } = useProfile(viewer.id, {
    id: viewer.id, full_name: viewer.fullName, avatar_path: viewer.avatarPath, bio: viewer.bio, role: viewer.role,
  });
  const name = profile?.full_name ?? viewer.fullName;
  return (
    <Link href={routes.profile} className={cn('flex min-h-11 items-center gap-2 rounded-md px-2 text-slate-900 no-underline hover:bg-slate-100', focusRing)}>
      <Avatar src={avatarUrl(profile?.avatar_path)} name={name} />
      {/* Visually hidden on small screens, still the link's accessible name. */}
      <span className="sr-only text-left sm:not-sr-only sm:block">
        <span className="block text-sm font-medium">{name}</span>
        <span className="block text-xs text-slate-600">{roleLabel}</span>
      </span>
    </Link>
  );
}
