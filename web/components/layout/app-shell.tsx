'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { useViewer } from '@/components/providers/viewer-context';
import { LogoutButton } from '@/features/auth/logout-button';
import { AppHeader } from './app-header';
import { SidebarNav } from './sidebar-nav';

/** Signed-in layout: header, sidebar (a toggled panel on small screens), main content. */
export function AppShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const pathname = usePathname();
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);

  // Close the small-screen menu after navigation.
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className="min-h-screen">
      <AppHeader menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} menuId={menuId} />
      <div className="lg:flex">
        <aside
          id={menuId}
          data-test="app-sidebar"
          className={cn(
            'border-b border-slate-200 bg-white p-3 lg:sticky lg:top-[61px] lg:block lg:h-[calc(100vh-61px)] lg:w-60 lg:shrink-0 lg:border-b-0 lg:border-r',
            menuOpen ? 'block' : 'hidden',
          )}
        >
          <SidebarNav role={viewer.role} onNavigate={() => setMenuOpen(false)} />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <LogoutButton size="sm" className="w-full justify-start" data-test="sign-out" />
          </div>
        </aside>
        <main id="contenu" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
