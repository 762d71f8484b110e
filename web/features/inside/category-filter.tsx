import Link from 'next/link';
import { cn, focusRing } from '@/components/ui/cn';
import { routes } from '@/lib/routes';
import { CATEGORIES, CATEGORY_LABELS, type PostCategory } from './labels';

const ENTRIES: { value: PostCategory | null; label: string }[] = [
  { value: null, label: 'Toutes' },
  ...CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] })),
];

/**
 * Category filter as links (`?categorie=`): the current one is marked with aria-current. Not
 * prefetched: each prefetch is a server render of the feed and work for the phone at load, for
 * eight links of which a reader follows one at most.
 */
export function CategoryFilter({ current }: { current: PostCategory | null }) {
  return (
    <nav aria-label="Catégories" data-test="category-filter">
      <ul className="flex flex-wrap gap-2">
        {ENTRIES.map(({ value, label }) => {
          const active = value === current;
          return (
            <li key={value ?? 'toutes'}>
              <Link
                href={value ? `${routes.inside}?categorie=${value}` : routes.inside}
                prefetch={false}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'inline-flex min-h-9 items-center rounded-full border px-3 text-sm font-medium no-underline',
                  active ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
                  focusRing,
                )}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
