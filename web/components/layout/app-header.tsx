'use client';

import { Menu } from 'lucide-react';
import Link from 'next/link';
import { Avatar } from '@/components/ui/avatar';
import { cn, focusRing } from '@/components/ui/cn';
import { useViewer } from '@/components/providers/viewer-context';
import { NotificationBell } from '@/features/notifications/notification-bell';
import { avatarUrl } from '@/features/profile/avatar-url';
import { useProfile } from '@/features/profile/use-profile';
import { routes } from '@/lib/routes';

const ROLE_LABELS = { candidate: 'Candidat', pro: 'Professionnel', admin: 'Administrateur' } as const;

type AppHeaderProps = { menuOpen: boolean; onToggleMenu: () => void; menuId: string };

export function AppHeader({ menuOpen, onToggleMenu, menuId }: AppHeaderProps) {
  const viewer = useViewer();
  // Same cache entry the profile page edits, so a new name or photo shows here at once.
  const { data: profile } = useProfile(viewer.id, {
    id: viewer.id, full_name: viewer.fullName, avatar_path: viewer.avatarPath, bio: viewer.bio, role: viewer.role,
  });
  const name = profile?.full_name ?? viewer.fullName;

  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
      <div className="flex items-center gap-3 px-4 py-2">
        <button
          type="button"
          onClick={onToggleMenu}
          aria-expanded={menuOpen}
          aria-controls={menuId}
          className={cn('flex size-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 lg:hidden', focusRing)}
        >
          <Menu aria-hidden="true" className="size-6" />
          <span className="sr-only">Menu</span>
        </button>
        <Link href={routes.dashboard} className="text-lg font-bold tracking-tight text-brand-800 no-underline">CAPITUNE</Link>
        <div className="ml-auto flex items-center gap-2">
          <NotificationBell userId={viewer.id} />
          <Link href={routes.profile} className={cn('flex min-h-11 items-center gap-2 rounded-md px-2 text-slate-900 no-underline hover:bg-slate-100', focusRing)}>
            <Avatar src={avatarUrl(profile?.avatar_path)} name={name} />
            {/* Visually hidden on small screens, still the link's accessible name. */}
            <span className="sr-only text-left sm:not-sr-only sm:block">
              <span className="block text-sm font-medium">{name}</span>
              <span className="block text-xs text-slate-600">{ROLE_LABELS[viewer.role]}</span>
            </span>
          </Link>
        </div>
      </div>
    </header>
  );
}
