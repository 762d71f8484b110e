// `npm run test:another-day`: the database, web and stand-in suites and the browser suite again, with
// every process's clock 400 days ahead (Debian's faketime) and the zone at UTC+14, so that no test can
// lean on today's date or the machine's zone. The browser half serves the build `npm test` made, as
// the Lighthouse check does, and takes no screenshots (support/screenshots.ts says why).
import { sideBySide } from './side-by-side.ts';

const prefix = ['faketime', '-f', '+400d'];
const env = { TZ: 'Pacific/Kiritimati' };

process.exitCode = await sideBySide('another-day', [
  {
    name: 'browser',
    commands: [['npm', 'run', 'test:browser']],
    streamed: true,
    prefix,
    env: { ...env, BROWSER_REUSE_BUILD: '1', BROWSER_SCREENSHOTS: 'off' },
  },
  { name: 'vitest', commands: [['npx', 'vitest', 'run', '--project', 'database', '--project', 'web', '--project', 'stand-in']], streamed: false, prefix, env },
]);
