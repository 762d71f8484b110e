import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Tests do not use vitest globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
