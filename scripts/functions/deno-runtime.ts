// The Deno that runs our edge functions: the pinned npm package `deno`. npm here runs no install
// scripts, so we resolve the platform package's binary ourselves (the package's own resolver does
// exactly that), and keep Deno's cache (npm: imports) inside node_modules so a clean run starts cold.
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../db/prepare-database.ts';

export const functionsDir = path.join(repoRoot, 'supabase', 'functions');
export const denoDir = path.join(repoRoot, 'node_modules', '.cache', 'deno');

const require = createRequire(import.meta.url);

/** Absolute path of the deno executable from node_modules (no postinstall needed). */
export function denoBinary(): string {
  const installApi = require('deno/install_api.cjs') as { runInstall(): string };
  return installApi.runInstall();
}

// Reaching the npm registry from this machine or CI: custom CAs and proxies, nothing else.
const networkVariables = ['NODE_EXTRA_CA_CERTS', 'DENO_CERT', 'DENO_TLS_CA_STORE', 'SSL_CERT_FILE', 'SSL_CERT_DIR',
  'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NPM_CONFIG_REGISTRY', 'npm_config_registry'];

/**
 * Environment for Deno: our cache dir, the machine's CA and proxy settings, no colours off a
 * terminal, no update checks; loopback never goes through a proxy. `extra` wins.
 */
export function denoEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DENO_DIR: process.env.DENO_DIR ?? denoDir,
    DENO_NO_UPDATE_CHECK: '1',
    NO_PROXY: [process.env.NO_PROXY ?? process.env.no_proxy, '127.0.0.1', 'localhost'].filter(Boolean).join(','),
    ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }),
  };
  for (const name of networkVariables) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return { ...env, ...extra };
}
