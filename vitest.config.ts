import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The web app's import aliases, for its units and for the database tests that read its form limits.
const webAliases = {
  '@contract': fileURLToPath(new URL('./supabase/functions/_shared/contract', import.meta.url)),
  '@': fileURLToPath(new URL('./web', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: webAliases },
        test: {
          name: 'database',
          include: ['tests/database/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Edge functions run by the pinned Deno (`deno serve`) against the same kind of database.
          name: 'functions',
          include: ['tests/functions/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // The browser suites' Supabase stand-in, proven with supabase-js from node.
          name: 'stand-in',
          include: ['tests/browser/stand-in.test.ts'],
          environment: 'node',
        },
      },
      {
        // The web app's units and components (schemas, redirects, UI kit) in jsdom.
        root: './web',
        resolve: { alias: webAliases },
        test: {
          name: 'web',
          include: ['**/*.test.{ts,tsx}'],
          exclude: ['node_modules/**', '.next/**'],
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          // `npm test` runs these beside the browser suite: typing with userEvent took over 5 s there.
          testTimeout: 20_000,
          // The zone these units read dates in, whatever the machine's (as the browser suite's timezoneId).
          env: { TZ: 'America/Toronto' },
        },
      },
    ],
  },
});
