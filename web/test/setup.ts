import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Tests do not use vitest globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// A feature's front door also hands on its server actions. Next bundles a client's import of a
// 'use server' file as a reference and never runs it there; vitest runs it, so the `server-only`
// marker is let through, as React Server Components resolve it (`next build` still checks it).
vi.mock('server-only', () => ({}));
