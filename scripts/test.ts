// `npm test` after the lint: the Vitest projects and the Deno tests beside the browser suite and its
// first-load check. They share nothing (the browser suite answers Supabase with its stand-in, the
// Vitest projects start their own PostgreSQL), and neither keeps both cores busy alone.
import { sideBySide } from './side-by-side.ts';

process.exitCode = await sideBySide('test', [
  { name: 'browser', commands: [['npm', 'run', 'test:browser'], ['npm', 'run', 'test:first-load']], streamed: true },
  { name: 'vitest and deno', commands: [['npx', 'vitest', 'run'], ['npm', 'run', 'test:deno']], streamed: false },
]);
