'use server';

import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isSupabaseConfigured } from '@/lib/env';
import { safeNextPath } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { SWITCHABLE_LOCALES, type AppLocale } from '@/i18n/locales';
import { writeLocaleCookie } from './cookie';

/**
 * The switcher's form (it works without JavaScript). A member's choice is saved in
 * accounts.locale (column grant, RLS: their own row) before the cookie, so both say the same;
 * a visitor's lives in the cookie only. Back to the page the form was on.
 */
export async function switchLocaleAction(form: FormData): Promise<never> {
  const locale = form.get('locale');
  const requestHeaders = await headers();
  const back = safeNextPath(pathOf(requestHeaders.get('referer')), routes.home);
  if (!(SWITCHABLE_LOCALES as readonly unknown[]).includes(locale)) redirect(back);
  const chosen = locale as AppLocale;

  if (isSupabaseConfigured()) {
    const supabase = await createSupabaseServerClient();
    const { data } = await supabase.auth.getClaims();
    if (data?.claims) {
      const { error } = await supabase.from('accounts').update({ locale: chosen }).eq('user_id', data.claims.sub);
      if (error) throw new Error(`Langue non enregistrée : ${error.message}`);
    }
  }
  writeLocaleCookie(await cookies(), chosen);
  revalidatePath('/', 'layout');
  redirect(back);
}

/** The path and query of the page that sent the form (the Referer), or null. */
function pathOf(referer: string | null): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.pathname + url.search;
  } catch {
    return null;
  }
}
