// Realtime's database side: private-channel authorization as supabase/realtime's
// lib/realtime/tenants/authorization.ex runs it, and the broadcasts triggers queued.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Actor, claimsFor, db, owner, roleOf } from './db.ts';

export type Extension = 'broadcast' | 'presence';
export type ChannelAccess = { canRead: boolean; canWrite: boolean };
export type Broadcast = {
  id: string;
  topic: string;
  event: string | null;
  payload: Record<string, unknown> | null;
  private: boolean | null;
  extension: string;
  inserted_at: Date;
};

/**
 * Read: probe rows inserted by the connection user, then selected under the caller's RLS.
 * Write: an insert under the caller's RLS (42501 = denied). Everything is rolled back.
 */
export async function channelAccess(actor: Actor, topic: string, extension: Extension = 'broadcast'): Promise<ChannelAccess> {
  const probe = `insert into realtime.messages (id, topic, extension, inserted_at, updated_at) values ($1, $2, $3, now(), now())`;
  const client = await db().connect();
  try {
    await client.query('begin');
    const probeId = randomUUID();
    await client.query(probe, [probeId, topic, extension]);
    await enterScope(client, actor, topic);
    const read = await client.query(`select id from realtime.messages where id = $1`, [probeId]);
    const canRead = read.rowCount === 1;
    await client.query('rollback');

    await client.query('begin');
    await enterScope(client, actor, topic);
    await client.query('savepoint write_check');
    let canWrite = true;
    try {
      await client.query(probe, [randomUUID(), topic, extension]);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError && error.code === '42501')) throw error;
      canWrite = false;
    }
    return { canRead, canWrite };
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

/**
 * The topics of messages `ids` that `actor` can select in the scope Realtime opens for a join of
 * `topic` (rolled back). Realtime's probe selects its own row by id; this asks for others'.
 */
export async function topicsVisibleInScope(actor: Actor, topic: string, ids: string[]): Promise<string[]> {
  const client = await db().connect();
  try {
    await client.query('begin');
    await enterScope(client, actor, topic);
    const { rows } = await client.query<{ topic: string }>(
      `select topic from realtime.messages where id = any($1::uuid[]) order by topic`,
      [ids],
    );
    return rows.map((row) => row.topic);
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

// Realtime's set_conn_config: role, topic, both claim forms and headers, all transaction-local.
async function enterScope(client: pg.PoolClient, actor: Actor, topic: string): Promise<void> {
  const role = roleOf(actor);
  const claims = JSON.stringify(await claimsFor(actor));
  const sub = actor.kind === 'user' ? actor.id : '';
  await client.query(
    `select set_config('role', $1, true), set_config('realtime.topic', $2, true),
      set_config('request.jwt.claims', $3, true), set_config('request.jwt.claim.sub', $4, true),
      set_config('request.jwt.claim.role', $1, true), set_config('request.headers', '{}', true)`,
    [role, topic, claims, sub],
  );
}

/** Broadcast messages on `topic` (optionally since a moment), oldest first, read as the owner. */
export async function broadcastsFor(topic: string, since?: Date): Promise<Broadcast[]> {
  const { rows } = await owner<Broadcast>(
    `select id, topic, event, payload, private, extension, inserted_at
     from realtime.messages
     where topic = $1 and extension = 'broadcast'
       and ($2::timestamptz is null or inserted_at >= ($2::timestamptz at time zone current_setting('TimeZone')))
     order by inserted_at, id`,
    [topic, since ?? null],
  );
  return rows;
}
