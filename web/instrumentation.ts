import type { Instrumentation } from 'next';
import { requestIdHeader, requestIdOr } from '@/lib/observability/request-id';

/**
 * Next calls this for every error thrown while serving a request: route handlers, server
 * components and server actions (`instrumentation.ts`, onRequestError). The reporter is imported
 * only when an error happens.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The proxy runs on Node.js too (Next 16); this keeps the reporter out of any Edge bundle.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportServerError } = await import('@/lib/observability/report-server-error');
  await reportServerError(error, {
    requestId: requestIdOr(request.headers[requestIdHeader]),
    route: context.routePath,
    digest: (error as { digest?: string } | null)?.digest,
  });
};
