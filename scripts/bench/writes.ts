// Writes under load: N connections, each acting as its own set of members through the API
// mechanics (role authenticated + claims), send messages, like and unlike, register and unregister
// for a fixed time; then a registration race for a small event, and the reminder job started on
// every connection at once (as pg_cron runs it, as the owner). Messages respect the per-user write
// limit by rotating members (a member writes again only after write_interval); a PT429 would still
// be counted apart as expected. Every acknowledged write is kept for the invariant checks.
import pg from 'pg';
import { beginRequest, requestSettingsFor, type RequestSettings } from './session.ts';
import { prepareTargets, type WriteTargets, type Writer } from './write-targets.ts';

export type WriteOptions = { connections: number; seconds: number; racers: number };
export type OpName = 'message' | 'like' | 'unlike' | 'register' | 'unregister';
export type OpStats = { ok: number; rateLimited: number; errors: number };
export type Acknowledged = { messages: { id: string; dossierId: string; senderId: string }[]; registrations: number };
export type WriteRun = {
  targets: WriteTargets;
  seconds: number;
  connections: number;
  ops: Record<OpName, OpStats>;
  errorSamples: string[];
  acknowledged: Acknowledged;
  race: { members: number; capacity: number; errors: number };
  /** Concurrent runs of public.enqueue_task_reminders() and the reminders they enqueued in all. */
  reminders: { runs: number; sent: number };
};

export async function runWrites(ownerUrl: string, options: WriteOptions, log: (line: string) => void): Promise<WriteRun> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const clients = Array.from({ length: options.connections }, () => new pg.Client({ connectionString: ownerUrl }));
  try {
    const targets = await prepareTargets(owner, options.connections, options.racers);
    const everyone = [...targets.lanes.flat().map((w) => w.id), ...targets.racers];
    const settings = await requestSettingsFor(owner, everyone);
    const interval = (await owner.query<{ ms: number }>(
      `select extract(epoch from write_interval) * 1000 as ms from private.settings`)).rows[0]!.ms;
    await Promise.all(clients.map((c) => c.connect()));
    const run: WriteRun = {
      targets, seconds: options.seconds, connections: options.connections, errorSamples: [],
      ops: { message: stats(), like: stats(), unlike: stats(), register: stats(), unregister: stats() },
      acknowledged: { messages: [], registrations: 0 }, race: { members: 0, capacity: 0, errors: 0 },
      reminders: { runs: 0, sent: 0 },
    };
    const deadline = performance.now() + options.seconds * 1000;
    await Promise.all(clients.map((c, i) => lane(c, targets.lanes[i]!, targets, settings, interval * 1.1, deadline, run)));
    log(`  timed phase: ${options.seconds} s on ${options.connections} connections`);
    run.race = await race(clients, targets, settings, run);
    log(`  registration race: ${run.race.members} members for ${run.race.capacity} seats`);
    run.reminders = await reminderRace(clients);
    log(`  reminder job: ${run.reminders.runs} overlapping runs enqueued ${run.reminders.sent} reminders`);
    return run;
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await owner.end();
  }
}

const stats = (): OpStats => ({ ok: 0, rateLimited: 0, errors: 0 });

// One connection: picks an operation, a member of its own and a target, until the deadline.
async function lane(client: pg.Client, writers: Writer[], t: WriteTargets, settings: Map<string, RequestSettings>,
  intervalMs: number, deadline: number, run: WriteRun): Promise<void> {
  const lastMessage = new Map<string, number>();
  const liked = new Set<string>();
  const registered = new Set<string>();
  const likeTurns = new Map<string, number>();
  const registrationTurns = new Map<string, number>();
  // Each member toggles the same target twice in a row (like then unlike, register then leave).
  const nextTarget = <T>(turns: Map<string, number>, member: string, offset: number, targets: T[]) => {
    const k = turns.get(member) ?? 0;
    turns.set(member, k + 1);
    return targets[(offset + Math.floor(k / 2)) % targets.length]!;
  };
  let turn = 0;
  while (performance.now() < deadline && writers.length > 0) {
    const index = turn++ % writers.length;
    const writer = writers[index]!;
    const as = settings.get(writer.id)!;
    const dice = Math.random();
    const now = performance.now();
    if (dice < 0.4 && writer.dossierId && now - (lastMessage.get(writer.id) ?? -Infinity) >= intervalMs) {
      lastMessage.set(writer.id, now);
      const body = `Message de charge ${turn} (${writer.id.slice(-6)})`;
      await request(client, as, run, 'message', async () => {
        const { rows } = await client.query<{ id: string }>(
          `insert into public.messages (dossier_id, body) values ($1, $2) returning id`, [writer.dossierId, body]);
        return () => run.acknowledged.messages.push({ id: rows[0]!.id, dossierId: writer.dossierId!, senderId: writer.id });
      });
    } else if (dice < 0.8) {
      const post = nextTarget(likeTurns, writer.id, index * 7, t.hotPosts);
      const key = `${writer.id}|${post}`;
      const op = liked.has(key) ? 'unlike' : 'like';
      await request(client, as, run, op, async () => {
        if (op === 'like') await client.query(`insert into public.post_likes (post_id) values ($1) on conflict do nothing`, [post]);
        else await client.query(`delete from public.post_likes where post_id = $1 and user_id = $2`, [post, writer.id]);
        return () => (op === 'like' ? liked.add(key) : liked.delete(key));
      });
    } else {
      const event = nextTarget(registrationTurns, writer.id, index, t.hotEvents).id;
      const key = `${writer.id}|${event}`;
      const op = registered.has(key) ? 'unregister' : 'register';
      await request(client, as, run, op, async () => {
        await client.query(op === 'register' ? `select id from public.register_for_event($1)` : `select public.unregister_from_event($1)`, [event]);
        return () => {
          if (op === 'register') run.acknowledged.registrations++;
          return op === 'register' ? registered.add(key) : registered.delete(key);
        };
      });
    }
  }
}

// One API request; the write counts as acknowledged only once COMMIT has returned.
async function request(client: pg.Client, settings: RequestSettings, run: WriteRun, op: OpName,
  fn: () => Promise<() => unknown>): Promise<boolean> {
  try {
    await beginRequest(client, settings, false);
    const onCommit = await fn();
    await client.query('commit');
    onCommit();
    run.ops[op].ok++;
    return true;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    const code = (error as pg.DatabaseError).code;
    if (code === 'PT429') run.ops[op].rateLimited++;
    else {
      run.ops[op].errors++;
      if (run.errorSamples.length < 10) run.errorSamples.push(`${op}: ${code ?? ''} ${(error as Error).message}`);
    }
    return false;
  }
}

// Every racer registers for the small event at the same moment, spread over all connections.
// Every connection opens a transaction and runs the job at the same moment: each reminder must be
// enqueued by exactly one of them (the sent-tables' keys), which the invariants check.
async function reminderRace(clients: pg.Client[]): Promise<{ runs: number; sent: number }> {
  await Promise.all(clients.map((c) => c.query('begin')));
  const counts = await Promise.all(clients.map(async (c) => {
    const { rows } = await c.query<{ n: number }>('select public.enqueue_task_reminders() as n');
    await c.query('commit');
    return rows[0]!.n;
  }));
  return { runs: clients.length, sent: counts.reduce((a, b) => a + b, 0) };
}

async function race(clients: pg.Client[], t: WriteTargets, settings: Map<string, RequestSettings>, run: WriteRun) {
  const lanes = clients.map((_, i) => t.racers.filter((_, k) => k % clients.length === i));
  let errors = 0;
  await Promise.all(clients.map(async (client, i) => {
    for (const member of lanes[i]!) {
      const ok = await request(client, settings.get(member)!, run, 'register', async () => {
        await client.query(`select id from public.register_for_event($1)`, [t.raceEvent.id]);
        return () => run.acknowledged.registrations++;
      });
      if (!ok) errors++;
    }
  }));
  return { members: t.racers.length, capacity: t.raceEvent.capacity, errors };
}
