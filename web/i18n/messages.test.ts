import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c` → message. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(full, value);
    else for (const [k, v] of leaves(value, full)) found.set(k, v);
  }
  return found;
}

/** The ICU arguments and rich-text tags a message expects (`{name}`, `{n, plural, …}`, `<link>`). */
function placeholders(message: string): string[] {
  const args = [...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const languages = { fr: leaves(fr as Tree), en: leaves(en as Tree) };

describe('messages files', () => {
  it('define the same keys in French and in English', () => {
    const onlyFr = [...languages.fr.keys()].filter((key) => !languages.en.has(key));
    const onlyEn = [...languages.en.keys()].filter((key) => !languages.fr.has(key));
    expect({ onlyFr, onlyEn }).toEqual({ onlyFr: [], onlyEn: [] });
  });

  it('give each key the same placeholders in both languages', () => {
    const differ = [...languages.fr].filter(([key, message]) => {
      const english = languages.en.get(key);
      return english !== undefined && placeholders(english).join() !== placeholders(message).join();
    }).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('leave no message empty', () => {
    const empty = Object.entries(languages).flatMap(([language, map]) =>
      [...map].filter(([, message]) => message.trim() === '').map(([key]) => `${language}:${key}`));
    expect(empty).toEqual([]);
  });
});

// Static scan of the web app: every translator call names a key that exists (the compiler checks
// the same through next-intl's AppConfig; this catches what slips past it, e.g. a cast).
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['app', 'components', 'features', 'lib', 'i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const TRANSLATOR = /(?:useTranslations|getTranslations)\(\s*(?:'([\w.]*)')?\s*\)/;

type Binding = { name: string; namespace: string; at: number };

/** Translators bound in a file: name, namespace, position. */
function bindings(source: string): Binding[] {
  const bound: Binding[] = [];
  for (const m of source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\(\s*(?:'([\w.]*)')?\s*\)/g)) {
    bound.push({ name: m[1]!, namespace: m[2] ?? '', at: m.index });
  }
  // const [a, b] = await Promise.all([getTranslations('x'), getLocale(), …])
  for (const m of source.matchAll(/const \[([^\]]+)\] = await Promise\.all\(\[([^\]]+)\]\)/g)) {
    const names = m[1]!.split(',').map((name) => name.trim());
    const calls = m[2]!.split(/,(?![^(]*\))/).map((call) => call.trim());
    names.forEach((name, i) => {
      const call = TRANSLATOR.exec(calls[i] ?? '');
      if (call && /^\w+$/.test(name)) bound.push({ name, namespace: call[1] ?? '', at: m.index });
    });
  }
  return bound.sort((a, b) => a.at - b.at);
}

/**
 * `namespace.key` for each call found, and `prefix.` for template keys (`t(\`status.${s}\`)`).
 * A binding reaches from where it is made to the next binding of the same name (one per function).
 */
function usedKeys(source: string): { keys: string[]; prefixes: string[] } {
  const keys: string[] = [];
  const prefixes: string[] = [];
  const join = (ns: string, key: string) => (ns ? `${ns}.${key}` : key);
  const all = bindings(source);
  for (const { name, namespace, at } of all) {
    const until = all.find((other) => other.name === name && other.at > at)?.at ?? source.length;
    const scope = source.slice(at, until);
    for (const m of scope.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw|\\.has)?\\(\\s*'([\\w.]+)'`, 'g'))) keys.push(join(namespace, m[1]!));
    for (const m of scope.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw|\\.has)?\\(\\s*\`([\\w.]*)\\$\\{`, 'g'))) prefixes.push(join(namespace, m[1]!));
  }
  for (const m of source.matchAll(/\(await getTranslations\('([\w.]+)'\)\)\('([\w.]+)'/g)) keys.push(join(m[1]!, m[2]!));
  return { keys, prefixes };
}

describe('the web app', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(webDir, dir)));
  const scans = files.map((file) => ({ file: path.relative(webDir, file), ...usedKeys(readFileSync(file, 'utf8')) }));

  it('finds translator calls to check (the scan itself works)', () => {
    expect(scans.flatMap((scan) => scan.keys)).toContain('auth.login.title');
    expect(scans.flatMap((scan) => scan.prefixes)).toContain('home.features.');
  });

  it('uses only keys that both messages files define', () => {
    const missing = scans.flatMap(({ file, keys }) => keys
      .filter((key) => !languages.fr.has(key) || !languages.en.has(key))
      .map((key) => `${file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('builds template keys only under groups that exist in both files', () => {
    const missing = scans.flatMap(({ file, prefixes }) => prefixes
      .filter((prefix) => ![...languages.fr.keys()].some((key) => key.startsWith(prefix))
        || ![...languages.en.keys()].some((key) => key.startsWith(prefix)))
      .map((prefix) => `${file}: ${prefix}…`));
    expect(missing).toEqual([]);
  });
});

describe('enum labels', () => {
  it('say in French what the shared contract says (emails and the database use the contract)', async () => {
    const contract = await import('@contract/labels');
    expect(fr.labels).toMatchObject({
      dossierStatus: contract.dossierStatusLabels,
      documentStatus: contract.documentStatusLabels,
      eventStatus: contract.eventStatusLabels,
      registrationStatus: contract.registrationStatusLabels,
      role: contract.roleLabels,
      accountStatus: contract.accountStatusLabels,
      taskStatus: contract.taskStatusLabels,
    });
  });
});
