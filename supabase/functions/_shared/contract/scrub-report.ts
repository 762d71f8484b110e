// What an error report may carry, for every runtime that sends one (the web server and the edge
// functions, both through the Sentry SDK). Applied as the SDK's `beforeSend`, after
// `sendDefaultPii: false`: nothing that names a person or repeats what they wrote leaves.
// - the request: cookies, headers (authorization among them), body and query string are dropped,
//   and the URL loses its query and fragment;
// - the user, breadcrumbs (console lines, fetch URLs) and `extra` are dropped;
// - in every remaining string: email addresses become [email], and the row values Postgres echoes
//   in its messages ("Failing row contains (...)", "Key (col)=(value)") become [redacted] — that is
//   how a message body or an address reaches an error text.

const emailPattern = /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const failingRowPattern = /(Failing row contains )\([\s\S]*\)/g;
const keyValuePattern = /(Key \([^)]*\)=)\([^)]*\)/g;

/** `text` without email addresses or the row values Postgres quotes. */
export function scrubText(text: string): string {
  return text.replace(emailPattern, '[email]').replace(failingRowPattern, '$1[redacted]').replace(
    keyValuePattern,
    '$1[redacted]',
  );
}

type Reportable = {
  request?: { url?: string; method?: string };
  user?: unknown;
  breadcrumbs?: unknown;
  extra?: unknown;
};

/** The event as it may leave: see the list above. Returns a new object. */
export function scrubReport<E extends Reportable>(event: E): E {
  const { request, user: _user, breadcrumbs: _breadcrumbs, extra: _extra, ...rest } = event;
  const kept = { ...rest } as E;
  if (request) kept.request = { method: request.method, url: request.url && withoutQuery(request.url) };
  return scrubStrings(kept);
}

function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

function scrubStrings<T>(value: T): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map(scrubStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubStrings(inner)])) as T;
  }
  return value;
}
