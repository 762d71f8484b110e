import { newRequestId, requestIdHeader } from './request-id';

/**
 * Sends a browser error to /api/errors, which logs it and reports it through the server's SDK.
 * The page's path goes without its query string; the server scrubs the rest.
 */
export function reportBrowserError(error: unknown): void {
  const described = error instanceof Error ? error : new Error(String(error));
  const body = JSON.stringify({
    name: described.name.slice(0, 100),
    message: described.message.slice(0, 2_000),
    stack: described.stack?.slice(0, 8_000),
    digest: (described as { digest?: string }).digest?.slice(0, 100),
    path: window.location.pathname.slice(0, 500),
  });
  void fetch('/api/errors', {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', [requestIdHeader]: newRequestId() },
    body,
  }).catch(() => {
    // Reporting must never add an error of its own.
  });
}
