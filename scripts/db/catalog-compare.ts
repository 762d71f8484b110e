// Compares two `npm run db:catalog` dumps section by section: how many lines each holds, how many
// only one of them has, and which objects those lines belong to (+ added, - removed, ~ changed). Usage:
//   npm run db:catalog -- --checkout ../main > main.txt; npm run db:catalog > branch.txt
//   npx tsx scripts/db/catalog-compare.ts main.txt branch.txt
// Exits 1 when the dumps differ, so a fold that must change nothing can be checked in one line.
import { readFileSync } from 'node:fs';

type Sections = Map<string, string[]>;

function sectionsOf(file: string): Sections {
  const sections: Sections = new Map();
  let current: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) sections.set(line.slice(3), (current = []));
    else if (line !== '') current.push(line);
  }
  return sections;
}

// Lines of `from` that `other` lacks, counted with their multiplicity (a dump may repeat a line).
function missingFrom(other: string[], from: string[]): string[] {
  const left = new Map<string, number>();
  for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
  return from.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    return n === 0;
  });
}

// The object a line describes: its kind and name, e.g. `policy public.dossiers dossiers_select_mfa:`.
const objectOf = (line: string) => line.split(' ').slice(0, line.startsWith('policy ') ? 3 : 2).join(' ').split('(')[0]!;

const [before, after] = process.argv.slice(2).map(sectionsOf);
if (!before || !after) throw new Error('usage: npx tsx scripts/db/catalog-compare.ts <before.txt> <after.txt>');
let differs = false;
for (const section of new Set([...before.keys(), ...after.keys()])) {
  const [a, b] = [before.get(section) ?? [], after.get(section) ?? []];
  const [removed, added] = [missingFrom(b, a), missingFrom(a, b)];
  console.log(`${section.padEnd(20)} ${String(a.length).padStart(5)} → ${String(b.length).padStart(5)}  +${added.length} -${removed.length}`);
  const [gone, come] = [new Set(removed.map(objectOf)), new Set(added.map(objectOf))];
  for (const object of new Set([...gone, ...come])) {
    console.log(`    ${gone.has(object) ? (come.has(object) ? '~' : '-') : '+'} ${object}`);
  }
  differs ||= added.length + removed.length > 0;
}
process.exitCode = differs ? 1 : 0;
