import type { ReactNode } from 'react';

/** The `<sr>` part of a message: heard by screen readers only (which post or comment a button acts on). */
export const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
