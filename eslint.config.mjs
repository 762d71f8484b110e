// Lint of the web app and the browser suite (`npm run lint`, first step of `npm test`): TypeScript,
// the rules of React hooks, accessibility of the JSX, and the web app's shape. A feature is used
// through its front door (features/<name>/index.ts) and reached inside only by its own files,
// by relative paths; components/ and lib/ (the shell and the plumbing) import no feature; no
// import cycle, front doors included.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const INSIDE_A_FEATURE = {
  regex: '^(@/|\\./|(\\.\\./)+)features/[^/]+/',
  message: 'Use the feature through its front door, @/features/<name> (its index.ts).',
};
const ANY_FEATURE = {
  regex: '^(@/|\\./|(\\.\\./)+)features(/|$)',
  message: 'The shell and lib/ import no feature: the app hands features in as props or slots.',
};
/** Inside features/<name>/ at `depth` folders down: a relative path that climbs out of the feature. */
const leavingTheFeature = (depth) => ({
  regex: `^(\\.\\./){${depth}}`,
  message: 'This reaches out of the feature: import another feature through its front door, @/features/<name>.',
});
/** Forbids each pattern in static imports and in `import()`, which no-restricted-imports does not see. */
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': ['error', ...patterns.map(({ regex, message }) => ({
    selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\/')}/]`,
    message,
  }))],
});

export default defineConfig(
  globalIgnores(['**/node_modules/', 'web/.next*/', 'web/next-env.d.ts', 'web/lib/database.types.ts', 'test-results/']),
  {
    files: ['web/**/*.{ts,tsx,mjs}', 'tests/browser/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/browser/**/*.ts'],
    // Playwright reads a fixture's dependencies from its destructured first parameter; `{}` says none.
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['web/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    plugins: { 'import-x': importX },
    // import-x reads only the extensions listed here when it follows imports: without them no-cycle sees no .ts file.
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'web/tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // A region that scrolls must take keyboard focus to be scrolled without a mouse (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
      ...restrict(INSIDE_A_FEATURE),
    },
  },
  { files: ['web/components/**', 'web/lib/**'], rules: restrict(ANY_FEATURE) },
  { files: ['web/features/*/*.{ts,tsx}'], rules: restrict(INSIDE_A_FEATURE, leavingTheFeature(1)) },
  { files: ['web/features/*/*/*.{ts,tsx}'], rules: restrict(INSIDE_A_FEATURE, leavingTheFeature(2)) },
  { files: ['web/features/*/*/*/*.{ts,tsx}'], rules: restrict(INSIDE_A_FEATURE, leavingTheFeature(3)) },
);
