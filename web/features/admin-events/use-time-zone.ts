'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** The browser's time zone name, or null while rendering on the server (no hydration mismatch). */
export function useTimeZone(): string | null {
  return useSyncExternalStore(subscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
}
