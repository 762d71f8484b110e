// The unsubscribe link of an email (send-emails writes it, supabase/functions/_shared/unsubscribe-link.ts):
// the member's 64-hex token and a kind they may turn off. Anything else is not a link we wrote.
import { type EmailKind, emailKindLabels, requiredEmailKinds, valuesOf } from '@contract/labels';
import { firstParam, type SearchParams } from '@/lib/search-params';

/** The kinds a member may turn off (security and account emails always go). */
export type OptionalEmailKind = Exclude<EmailKind, 'security' | 'account'>;
export type UnsubscribeLink = { token: string; kind: OptionalEmailKind };

/** Where the page sends the form's answer (Post/Redirect/Get), and what it shows then. */
export const OUTCOME_PARAM = 'etat';
export const OUTCOMES = ['done', 'invalid', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const optionalKinds = valuesOf(emailKindLabels).filter((kind) => !requiredEmailKinds.includes(kind)) as OptionalEmailKind[];

export const optionalKindOf = (value: unknown): OptionalEmailKind | null => optionalKinds.find((k) => k === value) ?? null;

export function readUnsubscribeLink(token: unknown, kind: unknown): UnsubscribeLink | null {
  if (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token)) return null;
  const found = optionalKindOf(kind);
  return found ? { token, kind: found } : null;
}

export function linkFromParams(params: SearchParams): UnsubscribeLink | null {
  return readUnsubscribeLink(firstParam(params.token), firstParam(params.kind));
}

export function outcomeFromParams(params: SearchParams): Outcome | null {
  const value = firstParam(params[OUTCOME_PARAM]);
  return OUTCOMES.find((o) => o === value) ?? null;
}
