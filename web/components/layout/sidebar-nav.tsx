'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn, focusRing } from '@/components/ui/cn';
import { matchesPrefix, type UserRole } from '@/lib/routes';
import { navItemsFor, type NavItem } from './nav-items';

/** The sidebar's words in the page's language (the signed-in layout reads them on the server). */
export type NavText = { mainNav: string; labels: Record<NavItem['label'], string> };

/** Main navigation; the current section is marked with aria-current, not colour alone. */
export function SidebarNav({ role, text, onNavigate }: { role: UserRole; text: NavText; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label={text.mainNav}>
      <ul className="space-y-1">
        {navItemsFor(role).map(({ href, label, icon: Icon }) => {
          const current = matchesPrefix(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                onClick={onNavigate}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'flex min-h-11 items-center gap-3 rounded-md px-3 font-medium no-underline',
                  current ? 'bg-brand-50 text-brand-800 underline decoration-2 underline-offset-4' : 'text-slate-700 hover:bg-slate-100',
                  focusRing,
                )}
              >
                <Icon aria-hidden="true" className="size-5" />
                {text.labels[label]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
