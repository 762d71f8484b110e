// supabase/functions/_shared/contract is compiled by both runtimes: Deno (deno check, serve,
// deploy) and the web app (tsc, Turbopack, vitest). These are the conditions for that to hold.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/db/prepare-database.ts';

const functionsDir = path.join(repoRoot, 'supabase', 'functions');
const contractDir = path.join(functionsDir, '_shared', 'contract');
const json = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));

const contractFiles = readdirSync(contractDir).filter((name) => name.endsWith('.ts') && !name.endsWith('_test.ts'));
const importsOf = (source: string) =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]!);

describe('the contract shared by the web app and the edge functions', () => {
  it('imports only its own files (relative, with .ts) and zod by its bare name, and no runtime API', () => {
    expect(contractFiles.length).toBeGreaterThan(0);
    for (const name of contractFiles) {
      const source = readFileSync(path.join(contractDir, name), 'utf8');
      for (const specifier of importsOf(source)) {
        expect(/^\.\/[\w-]+\.ts$/.test(specifier) || ['zod', 'zod/mini'].includes(specifier), `${name}: ${specifier}`).toBe(true);
      }
      expect(source, name).not.toMatch(/\bDeno\.|\bprocess\.|\brequire\(|\bwindow\.|\bdocument\./);
    }
  });

  it('pins zod for Deno at the version the web app installs', () => {
    const { imports } = json('supabase/functions/deno.json');
    const web = json('web/package.json').dependencies.zod;
    const installed = json('package-lock.json').packages['node_modules/zod'].version;
    expect(installed).toBe(web);
    expect({ zod: imports.zod, 'zod/mini': imports['zod/mini'] }).toEqual({ zod: `npm:zod@${web}`, 'zod/mini': `npm:zod@${web}/mini` });
  });

  it('gives every function that import map when served or deployed (the CLI reads no parent deno.json)', () => {
    const toml = readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
    const functions = readdirSync(functionsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
      .map((entry) => entry.name);
    for (const name of functions) {
      const table = toml.split(/^(?=\[)/m).find((t) => t.startsWith(`[functions.${name}]`));
      expect(table, name).toMatch(/^import_map = "\.\/functions\/deno\.json"$/m);
    }
  });
});
