// Runs in the browser before the app starts (Next's instrumentation-client.ts). Errors no React
// boundary sees (event handlers, timers, promises) are reported; the reporter is fetched only when
// one happens, so the first load carries just these listeners.
function report(error: unknown) {
  void import('@/lib/observability/report-browser-error').then(({ reportBrowserError }) => reportBrowserError(error));
}

window.addEventListener('error', (event) => report(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => report(event.reason));
