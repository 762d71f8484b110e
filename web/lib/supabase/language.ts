import { pageLocale } from '@/i18n/page-language';

// The database writes its refusals in the caller's language: a member's account locale, else the
// request's Accept-Language (private.caller_text). So the clients send the UI's language, and a
// visitor who switched the site to English reads English refusals. Accept-Language is a
// CORS-safelisted request-header that scripts may set (Fetch standard, "CORS-safelisted
// request-header"; MDN, Glossary/CORS-safelisted_request_header): a tag like en-CA needs no
// Access-Control-Allow-Headers from the API.
export const LANGUAGE_HEADER = 'Accept-Language';

/**
 * fetch for the browser client, asking for the page's language at each request: @supabase/ssr keeps
 * one client per page, and the language switcher changes <html lang> without a new page.
 */
export const fetchInPageLanguage: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.set(LANGUAGE_HEADER, pageLocale());
  return fetch(input, { ...init, headers });
};
