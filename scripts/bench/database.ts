// A dedicated database for one benchmark run inside a cluster we hold a superuser of: platform
// bootstrap + migrations (no demo seed, so counts are exactly the generated ones), dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { prepareDatabase, urlForRole } from '../db/prepare-database.ts';

export type BenchDatabase = {
  name: string;
  /** supabase_admin on the bench database (generation, plan capture). */
  superuserUrl: string;
  /** postgres, the owner of the app's tables (no-RLS twins, the tests' `owner`). */
  ownerUrl: string;
  drop(): Promise<void>;
};

export async function createBenchDatabase(clusterSuperuserUrl: string): Promise<BenchDatabase> {
  const name = `capitune_bench_${randomBytes(4).toString('hex')}`;
  await superuser(clusterSuperuserUrl, `create database ${name}`);
  const target = new URL(clusterSuperuserUrl);
  target.pathname = `/${name}`;
  const superuserUrl = target.toString();
  const ownerUrl = urlForRole(superuserUrl, 'postgres', 'postgres');
  try {
    await prepareDatabase(superuserUrl, { migrationUrl: ownerUrl, seed: false });
  } catch (error) {
    await superuser(clusterSuperuserUrl, `drop database if exists ${name} with (force)`);
    throw error;
  }
  const drop = async () => void (await superuser(clusterSuperuserUrl, `drop database if exists ${name} with (force)`));
  return { name, superuserUrl, ownerUrl, drop };
}

export async function superuser(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
