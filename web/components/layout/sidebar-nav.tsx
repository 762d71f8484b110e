'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { cn, focusRing } from '@/components/ui/cn';
import { matchesPrefix, type UserRole } from '@/lib/routes';
import { navItemsFor } from './nav-items';

/** Main navigation; the current section is marked with aria-current, not colour alone. */
export function SidebarNav({ role, onNavigate }: { role: UserRole; onNavigate?: () => void }) {
  const pathname = usePathname();
  const t = useTranslations('nav');
  const shell = useTranslations('shell');
  return (
    <nav aria-label={shell('mainNav')}>
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
                {t(label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
