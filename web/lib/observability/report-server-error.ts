import 'server-only';
import type { ServerRuntimeClient } from '@sentry/core';
import { scrubReport } from '@contract/scrub-report';
import { log } from './log';

// Server errors (route handlers, server components, server actions, and browser errors relayed by
// /api/errors) are logged as JSON and, when SENTRY_DSN is set, sent through the Sentry SDK's core
// client. Without a DSN the SDK is never imported. Reports carry request_id and route as tags and
// pass scrubReport (what it removes is listed in contract/scrub-report.ts).

type Sdk = typeof import('@sentry/core');

let loading: Promise<{ sdk: Sdk; client: ServerRuntimeClient }> | undefined;

function sentry(dsn: string) {
  loading ??= (async () => {
    const sdk = await import('@sentry/core');
    const client = new sdk.ServerRuntimeClient({
      dsn,
      environment: process.env.SENTRY_ENVIRONMENT?.trim() || undefined,
      sendDefaultPii: false,
      integrations: [],
      platform: 'node',
      runtime: { name: 'node', version: process.version },
      stackParser: sdk.createStackParser(sdk.nodeStackLineParser()),
      transport: (options) =>
        sdk.createTransport(options, async (request) => {
          const body = typeof request.body === 'string' ? request.body : new Uint8Array(request.body);
          const response = await fetch(options.url, { method: 'POST', body });
          return {
            statusCode: response.status,
            headers: {
              'retry-after': response.headers.get('retry-after'),
              'x-sentry-rate-limits': response.headers.get('x-sentry-rate-limits'),
            },
          };
        }),
      beforeSend: (event) => scrubReport(event),
    });
    client.init();
    return { sdk, client };
  })();
  return loading;
}

export type ErrorContext = { requestId: string; route: string; digest?: string };

/** Logs `error` and, with a DSN, reports it and waits until it has left. */
export async function reportServerError(error: unknown, context: ErrorContext): Promise<void> {
  log('error', error instanceof Error ? `${error.name}: ${error.message}` : String(error), {
    request_id: context.requestId,
    route: context.route,
    digest: context.digest,
  });
  const dsn = process.env.SENTRY_DSN?.trim();
  if (!dsn) return;
  const { sdk, client } = await sentry(dsn);
  const scope = new sdk.Scope();
  scope.setTag('request_id', context.requestId);
  scope.setTag('route', context.route);
  if (context.digest) scope.setTag('digest', context.digest);
  client.captureException(error, undefined, scope);
  await client.flush(2_000);
}
