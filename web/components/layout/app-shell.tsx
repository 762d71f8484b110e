'use client';

import { usePathname } from 'next/navigation';
import { useId, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { useReportUncaughtErrors } from '@/lib/observability/use-report-uncaught-errors';
import { AppHeader } from './app-header';
import { SidebarNav, type NavText } from './sidebar-nav';

type AppShellProps = {
  children: ReactNode;
  /** The header's end: the signed-in layout plugs the features in (the shell imports none). */
  headerEnd: ReactNode;
  /** The shell's words in the page's language: the menu button and the navigation. */
  text: { menu: string; nav: NavText };
  /** The sign-out control at the foot of the sidebar. */
  signOut: ReactNode;
};

/** Signed-in layout: header, sidebar (a toggled panel on small screens), main content. */
export function AppShell({ children, headerEnd, text, signOut }: AppShellProps) {
  const pathname = usePathname();
  const menuId = useId();
  // The small-screen menu is open on the page it was opened on: a navigation closes it once the new
  // page is there (until then its link shows that it is coming); the current page's link closes it at once.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  useReportUncaughtErrors();

  return (
    <div className="min-h-screen">
      <AppHeader menuOpen={menuOpen} onToggleMenu={() => setOpenOn(menuOpen ? null : pathname)} menuId={menuId} menuLabel={text.menu} end={headerEnd} />
      <div className="lg:flex">
        <aside
          id={menuId}
          data-test="app-sidebar"
          className={cn(
            'border-b border-slate-200 bg-white p-3 lg:sticky lg:top-[61px] lg:block lg:h-[calc(100vh-61px)] lg:w-60 lg:shrink-0 lg:border-b-0 lg:border-r',
            menuOpen ? 'block' : 'hidden',
          )}
        >
          <SidebarNav text={text.nav} onStay={() => setOpenOn(null)} />
          <div className="mt-4 border-t border-slate-200 pt-4">
            {signOut}
          </div>
        </aside>
        <main id="contenu" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
