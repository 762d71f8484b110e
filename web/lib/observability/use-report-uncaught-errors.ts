import { useEffect } from 'react';

/**
 * Reports browser errors while the signed-in shell is mounted: those no React boundary sees (event
 * handlers, timers, promises) and those ErrorPanel passes on with window.reportError. Public pages
 * go without: their first-load budget has no room for a listener (measured). The reporter is
 * fetched only when an error happens.
 */
export function useReportUncaughtErrors(): void {
  useEffect(() => {
    const report = (error: unknown) => {
      // A digest means the server threw, and has reported it already (instrumentation.ts).
      if (error instanceof Error && 'digest' in error) return;
      void import('./report-browser-error').then(({ reportBrowserError }) => reportBrowserError(error));
    };
    const onError = (event: ErrorEvent) => report(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
}
