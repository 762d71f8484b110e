import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { AppProviders } from '@/components/providers/app-providers';
import { requireViewer } from '@/lib/auth/viewer';

/**
 * The signed-in area. requireViewer() sends the visitor elsewhere when needed (login,
 * suspended, consent, second factor); pages below can rely on an active, consented viewer.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <AppProviders viewer={viewer}>
      <AppShell>{children}</AppShell>
    </AppProviders>
  );
}
