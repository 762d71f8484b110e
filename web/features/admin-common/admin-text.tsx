'use client';

import { createContext, use, type ReactNode } from 'react';
import type { Language } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { describeAdminError } from './functions';

// The admin pages sit at their first-load budget: like the auth forms, their client components
// read their words from this context (sentences the server wrote in the request's language,
// admin-text-scope.tsx) instead of loading next-intl's client runtime. A `{name}` left in a
// sentence is filled in here, with values only the browser knows.

export type AdminText = Pick<Messages, 'admin' | 'labels'> & { language: Language };

const AdminTextContext = createContext<AdminText | null>(null);

export function AdminTextProvider({ text, children }: { text: AdminText; children: ReactNode }) {
  return <AdminTextContext value={text}>{children}</AdminTextContext>;
}

/** The admin sentences of the nearest AdminTextProvider (the admin layout places one). */
export function useAdminText(): AdminText {
  const text = use(AdminTextContext);
  if (!text) throw new Error('useAdminText needs an AdminTextProvider (app/(app)/admin/layout.tsx).');
  return text;
}

/** describeAdminError in the admin's language, with the admin area's sentences. */
export function useDescribeAdminError(): (error: unknown) => string {
  const { admin, language } = useAdminText();
  return (error) => describeAdminError(error, admin.common, language);
}

/** Form checks answer keys of admin.validation; this says them (a sentence that is no key, as is). */
export function useAdminFieldError(): (message: string | undefined) => string | undefined {
  const sentences: Record<string, string> = useAdminText().admin.validation;
  return (message) => (message ? sentences[message] ?? message : undefined);
}

/** `{name}` placeholders of a sentence filled in; unknown ones stay as they are. */
export function fill(sentence: string, values: Record<string, string | number>): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
