import { routes } from '@contract/routes';

/** Where a signed-in user lands when no (valid) `next` is given. */
export const DEFAULT_AFTER_SIGN_IN = routes.dashboard;

const PLACEHOLDER_ORIGIN = 'https://capitune.invalid';

/**
 * Keeps a `next` redirect target only when it is a path on this site: it must start with one
 * slash, not two (`//evil.example` is protocol-relative), carry no backslash (browsers read `/\`
 * as `//`), no control characters and no scheme. Anything else falls back to `fallback`.
 */
export function safeNextPath(next: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//')) return fallback;
  if (next.includes('\\')) return fallback;
  if (/\p{Cc}/u.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return url.pathname + url.search + url.hash;
}

/** `/connexion?next=…` (or another auth page) carrying a sanitised return path. */
export function withNext(page: string, next: string | null | undefined): string {
  const target = safeNextPath(next, '');
  if (!target || target === DEFAULT_AFTER_SIGN_IN) return page;
  return `${page}?next=${encodeURIComponent(target)}`;
}
