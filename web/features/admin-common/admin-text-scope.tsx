import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { languageOf } from '@/i18n/locales';
import type { ReactNode } from 'react';
import { type AdminText, AdminTextProvider } from './admin-text';
import { ADMIN_PLACEHOLDERS } from './placeholders';

type Tree = { [key: string]: string | Tree };

// Each argument of a message is formatted as its own `{name}`, for fill() to replace in the browser.
// (The messages are precompiled at build time, so the sentences are written out with next-intl's
// formatter here rather than passed as they are in the files.)
const AS_PLACEHOLDERS = Object.fromEntries(ADMIN_PLACEHOLDERS.map((name) => [name, `{${name}}`]));

type Translate = (key: string, values: object) => string;

function written(tree: Tree, t: Translate, prefix: string): Tree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [
    key, typeof value === 'string' || Array.isArray(value) ? t(`${prefix}${key}`, AS_PLACEHOLDERS) : written(value, t, `${prefix}${key}.`),
  ]));
}

/** The admin area's words in the request's language, for its client components (useAdminText). */
export async function AdminTextScope({ children }: { children: ReactNode }) {
  const [messages, t, locale] = await Promise.all([getMessages(), getTranslations(), getLocale()]);
  const translate = t as unknown as Translate;
  const text = {
    admin: written(messages.admin as unknown as Tree, translate, 'admin.'),
    labels: written(messages.labels as unknown as Tree, translate, 'labels.'),
    language: languageOf(locale),
  } as unknown as AdminText;
  return <AdminTextProvider text={text}>{children}</AdminTextProvider>;
}
