import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cn, focusRing } from '@/components/ui/cn';
import { routes } from '@/lib/routes';
import type { EventPeriod } from './queries';

const TABS: { period: EventPeriod; label: 'upcoming' | 'past'; href: string }[] = [
  { period: 'upcoming', label: 'upcoming', href: routes.live },
  { period: 'past', label: 'past', href: `${routes.live}?periode=passes` },
];

/** Two views of the same list, as links (aria-current marks the one shown). */
export async function PeriodTabs({ current }: { current: EventPeriod }) {
  const t = await getTranslations('live');
  return (
    <nav aria-label={t('periodNav')} className="mb-6 border-b border-slate-200">
      <ul className="flex gap-1">
        {TABS.map(({ period, label, href }) => (
          <li key={period}>
            <Link
              href={href}
              aria-current={period === current ? 'page' : undefined}
              data-test={`period-${period}`}
              className={cn(
                '-mb-px inline-flex min-h-11 items-center border-b-2 px-4 font-medium no-underline',
                period === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-700 hover:text-slate-900',
                focusRing,
              )}
            >
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
