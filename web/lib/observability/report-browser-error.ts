/**
 * Hands a browser error to /api/errors, which logs it and reports it through the server's SDK
 * under a request id of its own. A beacon: it survives the page going away, and costs the first
 * load almost nothing (error boundaries import this). The path goes without its query string.
 */
export function reportBrowserError(error: unknown): void {
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  navigator.sendBeacon?.('/api/errors', JSON.stringify({
    name: name.slice(0, 100),
    message: message.slice(0, 2_000),
    stack: stack?.slice(0, 8_000),
    path: location.pathname.slice(0, 500),
  }));
}
