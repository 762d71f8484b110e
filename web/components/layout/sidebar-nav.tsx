'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState, type MouseEvent } from 'react';
import { cn, focusRing } from '@/components/ui/cn';
import { Spinner } from '@/components/ui/spinner';
import { matchesPrefix } from '@/lib/routes';
import type { NavEntry } from './nav-items';

/** The sidebar's words and entries in the page's language (the signed-in layout makes them on the server). */
export type NavText = { mainNav: string; pageLoading: string; items: NavEntry[] };

// A click Next's Link turns into a navigation in this tab (not a new tab or window).
const inThisTab = (event: MouseEvent) =>
  event.button === 0 && !event.defaultPrevented && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * Main navigation; the current section is marked with aria-current, not colour alone. Signed-in
 * pages have no route-wide loading screen (it would hold back their content until the scripts
 * ran), so the link clicked shows, and announces, that its page is coming until the path changes.
 */
export function SidebarNav({ text, onStay }: { text: NavText; onStay?: () => void }) {
  const pathname = usePathname();
  const [leaving, setLeaving] = useState<{ from: string; to: string } | null>(null);
  const pendingHref = leaving?.from === pathname ? leaving.to : null;
  return (
    <nav aria-label={text.mainNav}>
      <ul className="space-y-1">
        {text.items.map(({ href, label, icon }) => {
          const current = matchesPrefix(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                onClick={(event) => {
                  if (href === pathname) onStay?.();
                  else if (inThisTab(event)) setLeaving({ from: pathname, to: href });
                }}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'flex min-h-11 items-center gap-3 rounded-md px-3 font-medium no-underline',
                  current ? 'bg-brand-50 text-brand-800 underline decoration-2 underline-offset-4' : 'text-slate-700 hover:bg-slate-100',
                  focusRing,
                )}
              >
                {icon}
                {label}
                {pendingHref === href ? <Spinner className="ml-auto motion-reduce:animate-none" /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
      <span role="status" className="sr-only">{pendingHref ? text.pageLoading : ''}</span>
    </nav>
  );
}
