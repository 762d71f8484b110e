'use client';

import { Menu } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn, focusRing } from '@/components/ui/cn';
import { routes } from '@/lib/routes';

type AppHeaderProps = {
  menuOpen: boolean;
  onToggleMenu: () => void;
  menuId: string;
  /** The menu button's name, in the page's language. */
  menuLabel: string;
  /** What the signed-in layout puts at the header's end (the bell, the member's own link). */
  end: ReactNode;
};

export function AppHeader({ menuOpen, onToggleMenu, menuId, menuLabel, end }: AppHeaderProps) {
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
          <span className="sr-only">{menuLabel}</span>
        </button>
        <Link href={routes.dashboard} className="text-lg font-bold tracking-tight text-brand-800 no-underline">CAPITUNE</Link>
        <div className="ml-auto flex items-center gap-2">{end}</div>
      </div>
    </header>
  );
}
