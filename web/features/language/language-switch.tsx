import { getLocale, getTranslations } from 'next-intl/server';
import { cn, focusRing } from '@/components/ui/cn';
import { languageOf } from '@/i18n/locales';
import { switchLocaleAction } from './actions';

/**
 * One button to the other language, written in that language (lang attribute for screen
 * readers). A form, so it works before and without JavaScript and adds no script.
 */
export async function LanguageSwitch({ className }: { className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('language')]);
  const target = languageOf(locale) === 'en' ? 'fr-CA' : 'en-CA';
  return (
    <form action={switchLocaleAction} className={className}>
      <button
        type="submit"
        name="locale"
        value={target}
        lang={target}
        aria-label={t('switchLabel')}
        data-test="language-switch"
        className={cn('min-h-11 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-slate-100 hover:text-brand-900', focusRing)}
      >
        {t('switchTo')}
      </button>
    </form>
  );
}
