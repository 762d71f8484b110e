// Error reports through the Sentry SDK (`npm:@sentry/deno`), when SENTRY_DSN is set; without it
// nothing is loaded or sent. Reports carry the request id and the function as tags and go through
// scrubReport (contract/scrub-report.ts lists what is removed).
import { scrubReport } from './contract/scrub-report.ts';

type Sentry = typeof import('npm:@sentry/deno@10.75.2');

let loading: Promise<Sentry | null> | undefined;

function sentry(): Promise<Sentry | null> {
  const dsn = Deno.env.get('SENTRY_DSN')?.trim();
  if (!dsn) return Promise.resolve(null);
  loading ??= (async () => {
    const sdk = await import('npm:@sentry/deno@10.75.2');
    sdk.init({
      dsn,
      environment: Deno.env.get('SENTRY_ENVIRONMENT')?.trim() || undefined,
      sendDefaultPii: false,
      // No global handlers, breadcrumbs or serve instrumentation: reports are made here, explicitly.
      defaultIntegrations: false,
      beforeSend: (event) => scrubReport(event),
    });
    return sdk;
  })();
  return loading;
}

/** Sends `error` and waits for it to leave (an isolate may stop right after the response). */
export async function reportError(error: unknown, context: { requestId: string; functionName: string }): Promise<void> {
  const sdk = await sentry();
  if (!sdk) return;
  sdk.withScope((scope) => {
    scope.setTag('request_id', context.requestId);
    scope.setTag('function', context.functionName);
    sdk.captureException(error);
  });
  await sdk.flush(2_000);
}
