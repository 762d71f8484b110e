import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn, focusRing } from '@/components/ui/cn';
import { routes } from '@/lib/routes';
import { CATEGORIES, type PostCategory } from './labels';

/**
 * Category filter as links (`?categorie=`): the current one is marked with aria-current. Not
 * prefetched: each prefetch is a server render of the feed and work for the phone at load, for
 * eight links of which a reader follows one at most.
 */
export function CategoryFilter({ current }: { current: PostCategory | null }) {
  const t = useTranslations('inside');
  const entries: { value: PostCategory | null; label: string }[] = [
    { value: null, label: t('allCategories') },
    ...CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) })),
  ];
  return (
    <nav aria-label={t('categoriesNav')} data-test="category-filter">
      <ul className="flex flex-wrap gap-2">
        {entries.map(({ value, label }) => {
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
