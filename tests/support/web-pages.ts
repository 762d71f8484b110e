// The pages of the web app, read from web/app as Next's App Router reads it: a folder is a URL
// segment unless it is a route group `(name)` (no segment), or private `_name`, a parallel slot
// `@name` or an intercepting `(.)name` (none of which a URL opens); `[id]` takes one segment,
// `[...rest]` one or more, `[[...rest]]` any; a folder with page.* or route.* answers. Source: the
// Next.js docs bundled with next 16.4.6, node_modules/next/dist/docs/01-app/01-getting-started/
// 02-project-structure.md (routing files, dynamic routes, route groups and private folders).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/db/prepare-database.ts';

export const webAppDir = path.join(repoRoot, 'web', 'app');

const answers = /^(page|route)\.(tsx|ts|jsx|js|mdx)$/;

/** Every route of web/app as its folder path, e.g. `/dossiers/[id]`, `/live/[id]/calendrier.ics`. */
export function webRoutes(dir = webAppDir, segments: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && answers.test(entry.name)) ? [`/${segments.join('/')}`] : [];
  const below = entries
    .filter((entry) => entry.isDirectory() && !/^([_@]|\(\.)/.test(entry.name))
    .flatMap((entry) => {
      const grouped = /^\(.*\)$/.test(entry.name);
      return webRoutes(path.join(dir, entry.name), grouped ? segments : [...segments, entry.name]);
    });
  return [...here, ...below].sort();
}

function segmentMatches(pattern: string[], parts: string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return parts.length === 0;
  if (/^\[\[\.\.\..+\]\]$/.test(head)) return rest.length === 0;
  if (/^\[\.\.\..+\]$/.test(head)) return rest.length === 0 && parts.length > 0;
  if (parts.length === 0) return false;
  const [part, ...others] = parts;
  return (/^\[.+\]$/.test(head) || head === part) && segmentMatches(rest, others);
}

/** The route of `routes` that answers `pathname` (query and fragment ignored), or undefined. */
export function routeFor(pathname: string, routes: string[]): string | undefined {
  const parts = new URL(pathname, 'https://capitune.invalid').pathname.split('/').filter(Boolean).map(decodeURIComponent);
  return routes.find((route) => segmentMatches(route.split('/').filter(Boolean), parts));
}
