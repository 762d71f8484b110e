import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useReportUncaughtErrors } from './use-report-uncaught-errors';

// Marks the test's own errors as handled, or jsdom passes them on to vitest as uncaught.
const handled = (event: ErrorEvent) => event.preventDefault();
// jsdom has no sendBeacon.
const sendBeacon = vi.fn((_url: string, _body: string) => true);
beforeEach(() => {
  window.addEventListener('error', handled);
  Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true });
});
afterEach(() => {
  window.removeEventListener('error', handled);
  sendBeacon.mockClear();
});

describe('useReportUncaughtErrors', () => {
  it('hands an uncaught error to /api/errors, and stops when unmounted', async () => {
    const { unmount } = renderHook(() => useReportUncaughtErrors());
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('boom') }));
    await waitFor(() => expect(sendBeacon).toHaveBeenCalledOnce());
    const [url, body] = sendBeacon.mock.calls[0]!;
    expect(url).toBe('/api/errors');
    expect(JSON.parse(body)).toMatchObject({ name: 'TypeError', message: 'boom', path: '/' });

    unmount();
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('after') }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sendBeacon).toHaveBeenCalledOnce();
  });
});
