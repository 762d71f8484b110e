import { Search } from 'lucide-react';
import Form from 'next/form';
import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import { routes } from '@/lib/routes';

/** A GET form (`/inside?q=…`): works before hydration, and the results page can be bookmarked. */
export function SearchForm({ query }: { query: string }) {
  const t = useTranslations('inside');
  return (
    <Form action={routes.inside} role="search" aria-label={t('searchLabel')} className="flex flex-wrap items-end gap-2" data-test="search-form">
      <div className="min-w-60 flex-1 space-y-1.5">
        <label htmlFor="recherche-inside" className="text-sm font-medium text-slate-900">{t('searchField')}</label>
        <input id="recherche-inside" name="q" type="search" defaultValue={query} maxLength={200} data-test="search-input"
          placeholder={t('searchPlaceholder')} className={controlClasses(false)} />
      </div>
      <button type="submit" className={buttonClasses('secondary')} data-test="search-submit">
        <Search aria-hidden="true" className="size-5" />{t('search')}
      </button>
    </Form>
  );
}
