// private.invoke_edge_function, which the pg_cron jobs run (send-emails, purge-files): secrets go
// in through Vault's own vault.create_secret, and the call comes out as pg_net's queued request
// (the bootstrap's Vault and pg_net stand in on plain Postgres). Each case rolls back.
import { describe, expect, it } from 'vitest';
import { inTransaction, type Query } from '../support/db.ts';

const PROJECT_URL = 'https://ref.supabase.co';

async function requestsAfter(secrets: [string, string][], functionName: string) {
  return inTransaction([], async (q: Query) => {
    for (const [name, value] of secrets) await q.query(`select vault.create_secret($1, $2)`, [value, name]);
    await q.query(`select private.invoke_edge_function($1)`, [functionName]);
    const { rows } = await q.query(
      `select method, url, headers, convert_from(body, 'utf8')::jsonb as body, timeout_milliseconds
       from net.http_request_queue where starts_with(url, $1) order by id`,
      [PROJECT_URL],
    );
    return rows;
  }, { rollback: true });
}

describe('private.invoke_edge_function', () => {
  it('posts to the function with the service key read from Vault', async () => {
    const requests = await requestsAfter([['project_url', PROJECT_URL], ['service_role_key', 'service-key']], 'purge-files');
    expect(requests).toEqual([{
      method: 'POST',
      url: `${PROJECT_URL}/functions/v1/purge-files`,
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer service-key', apikey: 'service-key' },
      body: {},
      timeout_milliseconds: 60000,
    }]);
  });

  it('does nothing while a secret is missing', async () => {
    expect(await requestsAfter([['project_url', PROJECT_URL]], 'send-emails')).toEqual([]);
  });

  it('is not callable through the API roles', async () => {
    const { rows } = await inTransaction([], (q) => q.query<{ role: string; allowed: boolean }>(
      `select r as role, has_function_privilege(r, 'private.invoke_edge_function(text)', 'execute') as allowed
       from unnest(array['anon', 'authenticated', 'service_role']) r`), { rollback: true });
    expect(rows.filter((row) => row.allowed)).toEqual([]);
  });
});
