// private.invoke_edge_function, which the pg_cron jobs run (send-emails, purge-files): the plain
// Postgres of the tests has neither pg_net nor Vault, so each case stands them up in a transaction
// it rolls back: a `net.http_post` that records its call, and `vault.decrypted_secrets`.
import { describe, expect, it } from 'vitest';
import { inTransaction, type Query } from '../support/db.ts';

const STAND_INS = `
  create schema net;
  create table net.calls (url text, headers jsonb, body jsonb, timeout_milliseconds integer);
  create function net.http_post(url text, headers jsonb, body jsonb, timeout_milliseconds integer) returns bigint
    language sql as 'insert into net.calls values (url, headers, body, timeout_milliseconds) returning 1';
  create schema vault;
  create table vault.decrypted_secrets (name text, decrypted_secret text);`;

async function withStandIns<T>(fn: (q: Query) => Promise<T>): Promise<T> {
  return inTransaction([], async (q) => {
    await q.query(STAND_INS);
    return fn(q);
  }, { rollback: true });
}

describe('private.invoke_edge_function', () => {
  it('posts to the function with the service key read from Vault', async () => {
    const calls = await withStandIns(async (q) => {
      await q.query(`insert into vault.decrypted_secrets values ('project_url', 'https://ref.supabase.co'),
                       ('service_role_key', 'service-key')`);
      await q.query(`select private.invoke_edge_function('purge-files')`);
      return (await q.query('select * from net.calls')).rows;
    });
    expect(calls).toEqual([{
      url: 'https://ref.supabase.co/functions/v1/purge-files',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer service-key', apikey: 'service-key' },
      body: {},
      timeout_milliseconds: 60000,
    }]);
  });

  it('does nothing while a secret is missing', async () => {
    const calls = await withStandIns(async (q) => {
      await q.query(`insert into vault.decrypted_secrets values ('project_url', 'https://ref.supabase.co')`);
      await q.query(`select private.invoke_edge_function('send-emails')`);
      return (await q.query('select * from net.calls')).rows;
    });
    expect(calls).toEqual([]);
  });

  it('is not callable through the API roles', async () => {
    const { rows } = await inTransaction([], (q) => q.query<{ role: string; allowed: boolean }>(
      `select r as role, has_function_privilege(r, 'private.invoke_edge_function(text)', 'execute') as allowed
       from unnest(array['anon', 'authenticated', 'service_role']) r`), { rollback: true });
    expect(rows.filter((row) => row.allowed)).toEqual([]);
  });
});
