import Link from 'next/link';
import { cn, focusRing } from '@/components/ui/cn';
import { routes } from '@/lib/routes';
import type { EventPeriod } from './queries';

const TABS: { period: EventPeriod; label: string; href: string }[] = [
  { period: 'upcoming', label: 'À venir', href: routes.live },
  { period: 'past', label: 'Passés et rediffusions', href: `${routes.live}?periode=passes` },
];

/** Two views of the same list, as links (aria-current marks the one shown). */
export function PeriodTabs({ current }: { current: EventPeriod }) {
  return (
    <nav aria-label="Période" className="mb-6 border-b border-slate-200">
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
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
