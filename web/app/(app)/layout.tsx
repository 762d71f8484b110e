import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { AppProviders } from '@/components/providers/app-providers';
import { LogoutButton } from '@/features/auth';
import { NotificationBell } from '@/features/notifications';
import { ProfileLink } from '@/features/profile';
import { requireViewer } from '@/lib/auth/viewer';

/**
 * The signed-in area. requireViewer() sends the visitor elsewhere when needed (login,
 * suspended, consent, second factor); pages below can rely on an active, consented viewer.
 * It plugs the features the shell shows (bell, profile link, sign-out) into the shell's slots.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <AppProviders viewer={viewer}>
      <AppShell
        headerEnd={<><NotificationBell userId={viewer.id} /><ProfileLink /></>}
        signOut={<LogoutButton size="sm" className="w-full justify-start" data-test="sign-out" />}
      >
        {children}
      </AppShell>
    </AppProviders>
  );
}
