// The request id the web app sends (`x-request-id`), carried into logs and error reports; a new
// one when absent or not id-shaped (a header is caller input: nothing long or odd is logged).
export const requestIdHeader = 'x-request-id';

const idShape = /^[A-Za-z0-9_-]{8,64}$/;

export function requestIdOf(req: Request): string {
  const sent = req.headers.get(requestIdHeader);
  return sent && idShape.test(sent) ? sent : crypto.randomUUID();
}

/** The function's name: the slug `functions serve` gives, else the path's first segment after /functions/v1. */
export function functionNameOf(req: Request): string {
  const slug = Deno.env.get('SUPABASE_FUNCTION_SLUG');
  if (slug) return slug;
  const segments = new URL(req.url).pathname.split('/').filter(Boolean);
  const start = segments[0] === 'functions' && segments[1] === 'v1' ? 2 : 0;
  return segments[start] ?? 'unknown';
}
