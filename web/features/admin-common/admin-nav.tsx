import { BarChart3, CalendarDays, FolderKanban, Flag, ScrollText, Users } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn, focusRing } from '@/components/ui/cn';
import { routes } from '@/lib/routes';

export type AdminSection = 'analytics' | 'users' | 'events' | 'dossiers' | 'moderation' | 'audit';

const SECTIONS = [
  { key: 'analytics', href: routes.admin, Icon: BarChart3 },
  { key: 'users', href: routes.adminUsers, Icon: Users },
  { key: 'events', href: routes.adminEvents, Icon: CalendarDays },
  { key: 'dossiers', href: routes.adminDossiers, Icon: FolderKanban },
  { key: 'moderation', href: routes.adminModeration, Icon: Flag },
  { key: 'audit', href: routes.adminAudit, Icon: ScrollText },
] as const;

/** Sections of the admin area (a server component: plain links, no JavaScript). */
export function AdminNav({ current }: { current: AdminSection }) {
  const t = useTranslations('admin.nav');
  return (
    <nav aria-label={t('label')} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {SECTIONS.map(({ key, href, Icon }) => {
          const active = key === current;
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={active ? 'page' : undefined}
                data-test={`admin-nav-${key}`}
                className={cn(
                  'flex min-h-11 items-center gap-2 border-b-2 px-3 text-sm font-medium no-underline',
                  active ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900',
                  focusRing,
                )}
              >
                <Icon aria-hidden="true" className="size-4" />
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
