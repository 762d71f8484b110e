// CORS for the configured web origins only. Requests without Origin (cron, servers) are not
// browser requests and pass; a browser request from any other origin is refused.
export const allowedHeaders = 'authorization, x-client-info, apikey, content-type, x-request-id';

/** ALLOWED_ORIGINS (comma-separated) or else SITE_URL's origin, normalised to origins. */
export function parseOrigins(list: string | undefined, siteUrl: string): string[] {
  const entries = (list ?? siteUrl).split(',').map((entry) => entry.trim()).filter(Boolean);
  const origins: string[] = [];
  for (const entry of entries) {
    try {
      origins.push(new URL(entry).origin);
    } catch {
      console.error(`Ignoring invalid origin in ALLOWED_ORIGINS: ${entry}`);
    }
  }
  return origins;
}

export type CorsDecision =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; headers: Record<string, string> };

/** Whether a request's Origin may call us, and the headers to add to every response. */
export function corsFor(origin: string | null, allowed: string[], methods: string[]): CorsDecision {
  const vary = { Vary: 'Origin' };
  if (origin === null) return { allowed: true, headers: vary };
  if (!allowed.includes(origin)) return { allowed: false, headers: vary };
  return {
    allowed: true,
    headers: {
      ...vary,
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': [...methods, 'OPTIONS'].join(', '),
      'Access-Control-Allow-Headers': allowedHeaders,
      'Access-Control-Max-Age': '600',
    },
  };
}
