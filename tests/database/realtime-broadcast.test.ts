// Chat delivery by Realtime Broadcast from the database: every change to a message is queued once
// in realtime.messages on the private topic dossier:<id>, with the operation and the row, only
// the dossier's members may join that channel, and only the database sends on it.
import { beforeAll, describe, expect, it } from 'vitest';
import { anon, attempt, owner, serviceRole } from '../support/db.ts';
import { broadcastsFor, channelAccess, type Broadcast } from '../support/realtime.ts';
import { clearRateLimits, createDossier, createMember, createMessage, createWorld, type World } from '../support/world.ts';

type Payload = {
  operation: string;
  table: string;
  schema: string;
  record: Record<string, unknown> | null;
  old_record: Record<string, unknown> | null;
};

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

const topicOf = (dossierId: string) => `dossier:${dossierId}`;
const payloadOf = (b: Broadcast) => b.payload as unknown as Payload;
const rowId = (b: Broadcast) => (payloadOf(b).record?.id ?? payloadOf(b).old_record?.id) as string | undefined;

/** Broadcasts about message `id` on `topic`, oldest first. */
async function about(topic: string, id: string): Promise<Broadcast[]> {
  return (await broadcastsFor(topic)).filter((b) => rowId(b) === id);
}

/** Every topic that received a change of message `id` (all of realtime.messages). */
async function topicsAbout(id: string): Promise<string[]> {
  const { rows } = await owner<{ topic: string }>(
    `select topic from realtime.messages
      where payload -> 'record' ->> 'id' = $1 or payload -> 'old_record' ->> 'id' = $1
      order by inserted_at`,
    [id],
  );
  return rows.map((r) => r.topic);
}

async function send(dossierId: string, senderId: string, body: string): Promise<string> {
  await clearRateLimits(senderId);
  const sender = senderId === w.candidate.id ? w.candidate : senderId === w.pro.id ? w.pro : w.admin;
  const result = await attempt<{ id: string }>(
    sender.actor,
    `insert into public.messages (dossier_id, body) values ($1, $2) returning id`,
    [dossierId, body],
  );
  expect(result).toMatchObject({ ok: true, rowCount: 1 });
  return result.ok ? result.rows[0].id : '';
}

describe('message changes are broadcast to dossier:<id>', () => {
  it('a message sent by a member arrives once as INSERT with the new record', async () => {
    const id = await send(w.dossier, w.candidate.id, 'Bonjour, voici mon dossier.');
    const sent = await about(topicOf(w.dossier), id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ event: 'INSERT', private: true, extension: 'broadcast' });
    expect(payloadOf(sent[0])).toMatchObject({
      operation: 'INSERT',
      table: 'messages',
      schema: 'public',
      old_record: null,
      record: { id, dossier_id: w.dossier, sender_id: w.candidate.id, body: 'Bonjour, voici mon dossier.', read_at: null },
    });
    expect(await topicsAbout(id)).toEqual([topicOf(w.dossier)]);
  });

  it('a read receipt arrives once as UPDATE with the old and new record', async () => {
    const id = await send(w.dossier, w.candidate.id, 'Avez-vous reçu mon passeport ?');
    const marked = await attempt<{ n: number }>(w.pro.actor, `select public.mark_dossier_messages_read($1) as n`, [w.dossier]);
    expect(marked).toMatchObject({ ok: true });
    expect(marked.ok && marked.rows[0].n).toBeGreaterThanOrEqual(1);

    const updates = (await about(topicOf(w.dossier), id)).filter((b) => b.event === 'UPDATE');
    expect(updates).toHaveLength(1);
    const payload = payloadOf(updates[0]);
    expect(payload).toMatchObject({ operation: 'UPDATE', table: 'messages', schema: 'public' });
    expect(payload.old_record).toMatchObject({ id, read_at: null });
    expect(payload.record).toMatchObject({ id, body: 'Avez-vous reçu mon passeport ?' });
    expect(payload.record?.read_at).not.toBeNull();
    expect(await topicsAbout(id)).toEqual([topicOf(w.dossier), topicOf(w.dossier)]);
  });

  it('marking several messages read broadcasts one UPDATE per message', async () => {
    const dossierId = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'in_review' });
    const ids = [];
    for (const body of ['Un', 'Deux', 'Trois']) ids.push(await createMessage(dossierId, w.pro.id, body));
    const marked = await attempt<{ n: number }>(w.candidate.actor, `select public.mark_dossier_messages_read($1) as n`, [dossierId]);
    expect(marked).toMatchObject({ ok: true, rows: [{ n: 3 }] });

    const updates = (await broadcastsFor(topicOf(dossierId))).filter((b) => b.event === 'UPDATE');
    expect(updates.map(rowId).sort()).toEqual([...ids].sort());
  });

  it('a message deleted by the owner arrives once as DELETE with the old record', async () => {
    const id = await createMessage(w.dossier, w.pro.id, 'À supprimer');
    await owner(`delete from public.messages where id = $1`, [id]);
    const deletes = (await about(topicOf(w.dossier), id)).filter((b) => b.event === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(payloadOf(deletes[0])).toMatchObject({
      operation: 'DELETE',
      table: 'messages',
      record: null,
      old_record: { id, dossier_id: w.dossier, body: 'À supprimer' },
    });
    expect((await about(topicOf(w.dossier), id)).map((b) => b.event)).toEqual(['INSERT', 'DELETE']);
  });

  it('a message deleted by the service role (back office) is broadcast too', async () => {
    const id = await createMessage(w.dossier, w.pro.id, 'Supprimé par le service');
    expect(await attempt(serviceRole, `delete from public.messages where id = $1`, [id])).toMatchObject({ ok: true, rowCount: 1 });
    expect((await about(topicOf(w.dossier), id)).map((b) => b.event)).toEqual(['INSERT', 'DELETE']);
  });

  it('messages removed with their draft dossier are broadcast as DELETE on that dossier', async () => {
    const dossierId = await createDossier(w.candidate.id);
    const id = await createMessage(dossierId, w.candidate.id, 'Brouillon');
    expect(await attempt(w.candidate.actor, `delete from public.dossiers where id = $1`, [dossierId])).toMatchObject({ ok: true, rowCount: 1 });
    expect((await about(topicOf(dossierId), id)).map((b) => b.event)).toEqual(['INSERT', 'DELETE']);
  });

  it('nothing goes to other dossiers\' topics', async () => {
    const before = (await broadcastsFor(topicOf(w.otherDossier))).length;
    const id = await send(w.dossier, w.pro.id, 'Seulement pour ce dossier');
    await attempt(w.candidate.actor, `select public.mark_dossier_messages_read($1)`, [w.dossier]);
    expect(await topicsAbout(id)).toEqual([topicOf(w.dossier), topicOf(w.dossier)]);
    expect(await broadcastsFor(topicOf(w.otherDossier))).toHaveLength(before);
  });

  it('a refused or rate-limited message broadcasts nothing', async () => {
    const count = async () => (await broadcastsFor(topicOf(w.dossier))).length;
    const before = await count();
    await clearRateLimits(w.otherCandidate.id);
    const outsider = await attempt(w.otherCandidate.actor, `insert into public.messages (dossier_id, body) values ($1, 'Intrus')`, [w.dossier]);
    expect(outsider).toMatchObject({ ok: false, code: '42501' });

    await send(w.dossier, w.candidate.id, 'Premier');
    const tooSoon = await attempt(w.candidate.actor, `insert into public.messages (dossier_id, body) values ($1, 'Second')`, [w.dossier]);
    expect(tooSoon).toMatchObject({ ok: false, code: 'PT429' });
    expect(await count()).toBe(before + 1);
  });
});

describe('joining dossier:<id>', () => {
  it.each(['candidate', 'pro', 'admin'] as const)('the %s (a member) joins to receive broadcasts, and sends nothing', async (who) => {
    expect(await channelAccess(w[who].actor, topicOf(w.dossier))).toEqual({ canRead: true, canWrite: false });
    expect(await channelAccess(w[who].actor, topicOf(w.dossier), 'presence')).toEqual({ canRead: false, canWrite: false });
  });

  it.each(['otherCandidate', 'otherPro', 'suspended'] as const)('%s (not a member) cannot join', async (who) => {
    for (const extension of ['broadcast', 'presence'] as const) {
      expect(await channelAccess(w[who].actor, topicOf(w.dossier), extension)).toEqual({ canRead: false, canWrite: false });
    }
  });

  it('anonymous visitors cannot join', async () => {
    expect(await channelAccess(anon, topicOf(w.dossier))).toEqual({ canRead: false, canWrite: false });
  });

  it('a pro who is unassigned leaves the channel; the new pro joins it', async () => {
    const newPro = await createMember({ role: 'pro' });
    const dossierId = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'in_review' });
    expect(await channelAccess(w.pro.actor, topicOf(dossierId))).toEqual({ canRead: true, canWrite: false });
    expect(await attempt(w.admin.actor, `select public.assign_dossier($1, $2)`, [dossierId, newPro.id])).toMatchObject({ ok: true });
    expect(await channelAccess(w.pro.actor, topicOf(dossierId))).toEqual({ canRead: false, canWrite: false });
    expect(await channelAccess(newPro.actor, topicOf(dossierId))).toEqual({ canRead: true, canWrite: false });
  });
});
