'use server';

// Consent without JavaScript (or sent before hydration): the form posts here and gets a 303.
import { redirect } from 'next/navigation';
import { ERROR_PARAM, INVALID_INPUT, withParam } from '@/features/auth';
import { safeNextPath, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { acceptTerms } from './mutations';

export async function acceptTermsAction(form: FormData): Promise<never> {
  const next = safeNextPath(form.get('next'));
  const page = withNext(routes.consent, next);
  if (form.get('accept') !== 'on') redirect(withParam(page, ERROR_PARAM, INVALID_INPUT));
  const supabase = await createSupabaseServerClient();
  const accepted = await acceptTerms(supabase).then(() => true, () => false);
  redirect(accepted ? next : withParam(page, ERROR_PARAM, 'unexpected'));
}
