import { type EmailKind, emailKindLabels, requiredEmailKinds, valuesOf } from '@contract/labels';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** Every kind of email, in the database's order; a kind without a row is sent. */
export const EMAIL_KINDS = valuesOf(emailKindLabels);

export type EmailChoices = Record<EmailKind, boolean>;

export const isRequiredEmailKind = (kind: EmailKind) => requiredEmailKinds.includes(kind);

export async function fetchEmailChoices(supabase: AppSupabaseClient): Promise<EmailChoices> {
  const { data, error } = await supabase.from('email_preferences').select('kind, enabled');
  if (error) throw error;
  const choices = Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, true])) as EmailChoices;
  for (const row of data) choices[row.kind] = row.enabled;
  return choices;
}

/** Saves the kinds that changed, one RPC each (the database refuses turning off security or account). */
export async function saveEmailChoices(supabase: AppSupabaseClient, before: EmailChoices, after: EmailChoices) {
  for (const kind of EMAIL_KINDS) {
    if (before[kind] === after[kind] || isRequiredEmailKind(kind)) continue;
    const { error } = await supabase.rpc('set_email_preference', { kind, enabled: after[kind] });
    if (error) throw error;
  }
  return after;
}
