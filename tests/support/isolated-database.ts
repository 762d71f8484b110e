// A fresh database in the harness's own cluster (bootstrap, migrations, seed), for tests that need
// a table to themselves, e.g. draining the whole email outbox. Needs inject('superuserUrl'), which
// exists only when the harness started the cluster (not with DATABASE_URL).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { prepareDatabase, urlForRole } from '../../scripts/db/prepare-database.ts';

export type IsolatedDatabase = { url: string; drop(): Promise<void> };

export async function createIsolatedDatabase(prefix: string): Promise<IsolatedDatabase | undefined> {
  const superuserUrl = inject('superuserUrl');
  if (!superuserUrl) return undefined;
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await superuser(superuserUrl, `create database ${name}`);
  const target = new URL(superuserUrl);
  target.pathname = `/${name}`;
  const ownerUrl = urlForRole(target.toString(), 'postgres', 'postgres');
  await prepareDatabase(target.toString(), { migrationUrl: ownerUrl });
  return { url: ownerUrl, drop: () => superuser(superuserUrl, `drop database if exists ${name} with (force)`) };
}

async function superuser(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
