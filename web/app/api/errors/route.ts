import { z } from 'zod';
import { requestIdHeader, requestIdOr } from '@/lib/observability/request-id';
import { reportServerError } from '@/lib/observability/report-server-error';

// Browser errors come here (lib/observability/report-browser-error.ts) and leave through the
// server's reporter: the browser loads no SDK and knows no DSN, and the first load stays as it was.

const maxBytes = 16 * 1024;

const browserError = z.object({
  name: z.string().max(100).optional(),
  message: z.string().max(2_000),
  stack: z.string().max(8_000).optional(),
  digest: z.string().max(100).optional(),
  path: z.string().max(500).startsWith('/'),
});

export async function POST(request: Request) {
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(request.url).origin) return new Response(null, { status: 403 });
  const text = await request.text();
  if (text.length > maxBytes) return new Response(null, { status: 413 });
  let parsed;
  try {
    parsed = browserError.safeParse(JSON.parse(text));
  } catch {
    return new Response(null, { status: 400 });
  }
  if (!parsed.success) return new Response(null, { status: 400 });
  const { name, message, stack, digest, path } = parsed.data;
  const error = new Error(message);
  error.name = name ? `Browser ${name}` : 'Browser error';
  error.stack = stack;
  await reportServerError(error, {
    requestId: requestIdOr(request.headers.get(requestIdHeader)),
    route: `browser ${path.replace(/[?#].*$/, '')}`,
    digest,
  });
  return new Response(null, { status: 204 });
}
