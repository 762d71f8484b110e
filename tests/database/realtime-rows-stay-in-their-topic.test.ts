// Issue #14, hole 11 (Realtime): defence in depth on realtime.messages.
// - Realtime opens a scope per join (role, realtime.topic, claims) and reads back its probe row by
//   id (supabase/realtime lib/realtime/tenants/authorization.ex). In that scope the read policies
//   must match the row's own topic too, so no other topic's rows are readable there.
// - realtime.send() and realtime.broadcast_changes() are owned by supabase_realtime_admin and stay
//   executable by PUBLIC (postgres cannot revoke that on Supabase); they insert as their caller,
//   so run as a visitor or a member they must land nothing, on any topic.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, anon, as, owner } from '../support/db.ts';
import { broadcastsFor, topicsVisibleInScope } from '../support/realtime.ts';
import { createWorld, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

/** A broadcast the database queued earlier on `topic` (as its triggers do), returning its id. */
async function queued(topic: string): Promise<string> {
  const id = randomUUID();
  await owner(
    `insert into realtime.messages (id, topic, extension, event, payload, private) values ($1, $2, 'broadcast', 'INSERT', $3, true)`,
    [id, topic, JSON.stringify({ note: `sur ${topic}` })],
  );
  return id;
}

describe('a join scope reads only its own topic', () => {
  let rows: Record<string, string>;

  beforeAll(async () => {
    const topics = [
      `dossier:${w.dossier}`, `dossier:${w.otherDossier}`, `user:${w.candidate.id}`, `user:${w.otherCandidate.id}`, `user:${w.pro.id}`,
    ];
    rows = Object.fromEntries(await Promise.all(topics.map(async (topic) => [topic, await queued(topic)] as const)));
  });

  it("a candidate joined to her dossier sees none of another dossier's or member's broadcasts", async () => {
    const topic = `dossier:${w.dossier}`;
    expect(await topicsVisibleInScope(w.candidate.actor, topic, Object.values(rows))).toEqual([topic]);
  });

  it("the assigned pro joined to that dossier sees only that dossier's broadcasts", async () => {
    const topic = `dossier:${w.dossier}`;
    expect(await topicsVisibleInScope(w.pro.actor, topic, Object.values(rows))).toEqual([topic]);
  });

  it('an admin joined to one dossier does not read the whole table through it', async () => {
    const topic = `dossier:${w.otherDossier}`;
    expect(await topicsVisibleInScope(w.admin.actor, topic, Object.values(rows))).toEqual([topic]);
  });

  it("a member joined to user:<own id> reads no one else's notifications", async () => {
    const topic = `user:${w.candidate.id}`;
    expect(await topicsVisibleInScope(w.candidate.actor, topic, Object.values(rows))).toEqual([topic]);
  });
});

describe('realtime.send() and realtime.broadcast_changes() run by callers land nothing', () => {
  /** Runs `sql` in `actor`'s API request; the functions turn a refused insert into a warning. */
  const run = (actor: Actor, sql: string, params: unknown[]) => as(actor, (q) => q.query(sql, params));
  const landed = async (topic: string, since: Date, marker: string) =>
    (await broadcastsFor(topic, since)).filter((b) => JSON.stringify(b.payload).includes(marker));

  it('the candidate cannot send a message "from" the pro with realtime.send()', async () => {
    const since = new Date(Date.now() - 1000);
    const marker = `faux-${randomUUID()}`;
    const forged = {
      operation: 'INSERT', table: 'messages', schema: 'public', old_record: null,
      record: { id: randomUUID(), dossier_id: w.dossier, sender_id: w.pro.id, body: marker, attachment_document_id: null, read_at: null,
        created_at: new Date().toISOString() },
    };
    await run(w.candidate.actor, `select realtime.send($1::jsonb, 'INSERT', $2, true)`, [JSON.stringify(forged), `dossier:${w.dossier}`]);
    expect(await landed(`dossier:${w.dossier}`, since, marker)).toEqual([]);
  });

  it("the candidate cannot rewrite or remove the pro's message with realtime.broadcast_changes()", async () => {
    const since = new Date(Date.now() - 1000);
    const topic = `dossier:${w.dossier}`;
    const marker = `réécrit-${randomUUID()}`;
    await run(
      w.candidate.actor,
      `select realtime.broadcast_changes($1, 'UPDATE', 'UPDATE', 'messages', 'public', jsonb_populate_record(m, jsonb_build_object('body', $3::text)), m),
              realtime.broadcast_changes($1, 'DELETE', 'DELETE', 'messages', 'public', null::public.messages, m)
         from public.messages m where m.id = $2`,
      [topic, w.message, marker],
    );
    expect(await landed(topic, since, marker)).toEqual([]);
    const removals = (await broadcastsFor(topic)).filter((b) => b.event === 'DELETE' && JSON.stringify(b.payload).includes(w.message));
    expect(removals).toEqual([]);
  });

  it('a visitor cannot send on anyone\'s channel', async () => {
    const since = new Date(Date.now() - 1000);
    const marker = `visiteur-${randomUUID()}`;
    for (const topic of [`dossier:${w.dossier}`, `user:${w.candidate.id}`]) {
      await run(anon, `select realtime.send(jsonb_build_object('body', $1::text), 'notification', $2, true)`, [marker, topic]);
      expect(await landed(topic, since, marker)).toEqual([]);
    }
  });

  it('a member cannot send a notification to anyone, themselves included', async () => {
    const since = new Date(Date.now() - 1000);
    const marker = `notif-${randomUUID()}`;
    for (const topic of [`user:${w.candidate.id}`, `user:${w.otherCandidate.id}`]) {
      await run(w.candidate.actor, `select realtime.send(jsonb_build_object('title', $1::text), 'notification', $2, true)`, [marker, topic]);
      expect(await landed(topic, since, marker)).toEqual([]);
    }
  });
});
