// Every function has its own [functions.<name>] entry with an explicit verify_jwt: without one the
// CLI deploys it with verify_jwt = true (supabase/cli apps/cli-go/internal/functions/deploy/deploy.go
// GetFunctionConfig; pkg/config/config.go), and the gateway then refuses an sb_secret_ key.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/db/prepare-database.ts';

const functionsDir = path.join(repoRoot, 'supabase', 'functions');
const functions = readdirSync(functionsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort();

/** verify_jwt of each [functions.<name>] table of config.toml (comment lines allowed in between). */
function verifyJwtSettings(): Record<string, string | undefined> {
  const toml = readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
  const settings: Record<string, string | undefined> = {};
  for (const table of toml.split(/^(?=\[)/m)) {
    const name = /^\[functions\.([\w-]+)\]/.exec(table)?.[1];
    if (name) settings[name] = /^verify_jwt\s*=\s*(true|false)\s*$/m.exec(table)?.[1];
  }
  return settings;
}

describe('supabase/config.toml', () => {
  it('gives every function an entry with an explicit verify_jwt, and names no other', () => {
    expect(functions).toEqual(['admin-analytics', 'admin-users', 'health', 'purge-files', 'send-emails', 'unsubscribe']);
    const settings = verifyJwtSettings();
    expect(Object.keys(settings).sort()).toEqual(functions);
    for (const name of functions) expect(settings[name], name).toBeDefined();
  });

  it('lets the functions pg_cron calls with a secret key past the gateway', () => {
    const settings = verifyJwtSettings();
    expect([settings['send-emails'], settings['purge-files']]).toEqual(['false', 'false']);
  });

  it('lets mail clients reach the unsubscribe link without a token (RFC 8058: no sign-in)', () => {
    expect(verifyJwtSettings().unsubscribe).toBe('false');
  });
});
