import type { Instrumentation } from 'next';
import { requestIdHeader, requestIdOr } from '@/lib/observability/request-id';

/**
 * Next calls this for every error thrown while serving a request: route handlers, server
 * components and server actions (`instrumentation.ts`, onRequestError). The reporter is imported
 * only when an error happens.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { reportServerError } = await import('@/lib/observability/report-server-error');
  await reportServerError(error, {
    requestId: requestIdOr(request.headers[requestIdHeader]),
    route: context.routePath,
    digest: (error as { digest?: string } | null)?.digest,
  });
};
