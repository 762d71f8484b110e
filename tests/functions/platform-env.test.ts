// The harness gives each function exactly what a Supabase runtime gives it, and refuses to start one
// with anything else, so no test can pass on a variable the platform would never provide.
import { describe, expect, it } from 'vitest';
import { platformEnv, startFunctionWithEnv } from '../support/edge-functions.ts';
import { injectedNames } from '../support/platform-env.ts';
import { testProject } from '../support/tokens.ts';

const databaseUrl = 'postgresql://postgres:postgres@127.0.0.1:1/postgres';
const supabaseNames = (env: Record<string, string>) => Object.keys(env).filter((name) => name.startsWith('SUPABASE_')).sort();

describe('the environment of a function', () => {
  it('holds exactly the SUPABASE_* variables each runtime injects, and our own secrets', () => {
    const served = platformEnv('admin-users', { databaseUrl, secrets: { SENDGRID_API_KEY: 'SG.x' } });
    expect(supabaseNames(served)).toEqual([...injectedNames.serve].sort());
    expect(served).toMatchObject({ SUPABASE_FUNCTION_SLUG: 'admin-users', SUPABASE_URL: 'http://kong:8000', SENDGRID_API_KEY: 'SG.x' });
    expect(JSON.parse(served.SUPABASE_SECRET_KEYS)).toEqual({ default: testProject.secretKey });
    expect(JSON.parse(served.SUPABASE_JWKS).keys.map((key: { kty: string }) => key.kty)).toEqual(['EC', 'oct']);
    const hosted = platformEnv('admin-users', { databaseUrl, runtime: 'hosted' });
    expect(supabaseNames(hosted)).toEqual([...injectedNames.hosted].sort());
    expect(JSON.parse(hosted.SUPABASE_JWKS).keys.map((key: { kty: string }) => key.kty)).toEqual(['EC']);
  });

  it('is refused when it adds a variable no runtime gives, such as SUPABASE_JWT_SECRET', async () => {
    const env = { ...platformEnv('admin-analytics', { databaseUrl }), SUPABASE_JWT_SECRET: testProject.jwtSecret };
    await expect(startFunctionWithEnv('admin-analytics', env)).rejects.toThrow(
      /SUPABASE_JWT_SECRET is given, but no Supabase runtime gives a function this variable/,
    );
    const secret = platformEnv('admin-analytics', { databaseUrl, secrets: { SUPABASE_JWT_SECRET: 'x' } });
    await expect(startFunctionWithEnv('admin-analytics', secret)).rejects.toThrow(/SUPABASE_JWT_SECRET/);
    const internal = { ...platformEnv('admin-users', { databaseUrl }), SUPABASE_INTERNAL_JWT_SECRET: testProject.jwtSecret };
    await expect(startFunctionWithEnv('admin-users', internal)).rejects.toThrow(/SUPABASE_INTERNAL_JWT_SECRET/);
  });

  it('is refused when it lacks a variable the runtime always injects, such as SUPABASE_JWKS', async () => {
    const { SUPABASE_JWKS: _, ...env } = platformEnv('admin-analytics', { databaseUrl });
    await expect(startFunctionWithEnv('admin-analytics', env)).rejects.toThrow(/SUPABASE_JWKS is missing/);
    const { SUPABASE_SECRET_KEYS: __, ...noKeys } = platformEnv('purge-files', { databaseUrl, runtime: 'hosted' });
    await expect(startFunctionWithEnv('purge-files', noKeys, 'hosted')).rejects.toThrow(/SUPABASE_SECRET_KEYS is missing/);
  });

  it('is refused when a value could not come from the platform', async () => {
    const served = platformEnv('health', { databaseUrl });
    const withOct = { ...platformEnv('health', { databaseUrl, runtime: 'hosted' }), SUPABASE_JWKS: served.SUPABASE_JWKS };
    await expect(startFunctionWithEnv('health', withOct, 'hosted')).rejects.toThrow(/never does/);
    await expect(startFunctionWithEnv('send-emails', served)).rejects.toThrow(/SUPABASE_FUNCTION_SLUG is health/);
    const bareKey = { ...served, SUPABASE_SECRET_KEYS: testProject.secretKey };
    await expect(startFunctionWithEnv('health', bareKey)).rejects.toThrow(/SUPABASE_SECRET_KEYS is not JSON/);
  });
});
