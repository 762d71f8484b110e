// The consent form's path when JavaScript runs, loaded at the click: supabase-js and the error
// sentences stay out of the page's first load. Answers the sentence of a refusal in the page's
// language, or null.
import { pageLanguage } from '@/i18n/page-language';
import { describeError } from '@/lib/supabase/errors';
import { loadSupabase } from '@/lib/supabase/lazy';
import { acceptTerms } from './mutations';

export async function acceptTermsInBrowser(): Promise<string | null> {
  try {
    await acceptTerms(await loadSupabase());
    return null;
  } catch (error) {
    return describeError(error, pageLanguage());
  }
}
