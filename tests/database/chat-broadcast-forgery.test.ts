// Issue #14, hole 1: only the database speaks on dossier:<id>. A client's broadcast on a private
// channel is relayed by Realtime only when the sender passes its write check, an INSERT into
// realtime.messages under the sender's RLS (supabase/realtime lib/realtime/tenants/authorization.ex,
// get_write_authorizations; lib/realtime_web/channels/realtime_channel/broadcast_handler.ex relays
// only with write: true). Each member tries to pass that check with the change a forger would send.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, anon, attempt } from '../support/db.ts';
import { broadcastsFor, channelAccess, type Extension } from '../support/realtime.ts';
import { clearRateLimits, createWorld, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

const topicOf = (dossierId: string) => `dossier:${dossierId}`;

/** Whether Realtime would relay a client broadcast from `actor` on `topic`: its write check. */
async function mayBroadcast(actor: Actor, topic: string, extension: Extension = 'broadcast'): Promise<boolean> {
  return (await channelAccess(actor, topic, extension)).canWrite;
}

describe('members cannot speak for the database on dossier:<id>', () => {
  it('the candidate cannot broadcast a message "from" the pro or an admin', async () => {
    expect(await mayBroadcast(w.candidate.actor, topicOf(w.dossier))).toBe(false);
  });

  it('the assigned pro cannot rewrite or remove the candidate\'s messages in her live view', async () => {
    expect(await mayBroadcast(w.pro.actor, topicOf(w.dossier))).toBe(false);
  });

  it('an admin cannot broadcast on a dossier channel either', async () => {
    expect(await mayBroadcast(w.admin.actor, topicOf(w.dossier))).toBe(false);
  });

  it('no member sends presence there: the app tracks none', async () => {
    for (const member of [w.candidate, w.pro, w.admin]) {
      expect({ who: member.id, write: await mayBroadcast(member.actor, topicOf(w.dossier), 'presence') }).toEqual({
        who: member.id,
        write: false,
      });
    }
  });

  it('outsiders and visitors can neither send nor receive', async () => {
    for (const actor of [w.otherCandidate.actor, w.otherPro.actor, w.suspended.actor, anon]) {
      expect(await channelAccess(actor, topicOf(w.dossier))).toEqual({ canRead: false, canWrite: false });
    }
  });

  it('members still receive: the channel stays theirs to join', async () => {
    for (const member of [w.candidate, w.pro, w.admin]) {
      expect((await channelAccess(member.actor, topicOf(w.dossier))).canRead).toBe(true);
    }
  });

  it('the database still broadcasts every message change there', async () => {
    const since = new Date(Date.now() - 1000);
    await clearRateLimits(w.pro.id);
    const sent = await attempt<{ id: string }>(w.pro.actor, `insert into public.messages (dossier_id, body) values ($1, 'Vrai message') returning id`, [
      w.dossier,
    ]);
    expect(sent).toMatchObject({ ok: true, rowCount: 1 });
    const id = sent.ok ? sent.rows[0].id : '';
    const broadcasts = await broadcastsFor(topicOf(w.dossier), since);
    expect(broadcasts.filter((b) => (b.payload as { record?: { id?: string } }).record?.id === id)).toHaveLength(1);
  });
});

describe('nobody but the database writes on user:<id>', () => {
  it('a member cannot send a fake notification to another member', async () => {
    expect(await mayBroadcast(w.otherCandidate.actor, `user:${w.candidate.id}`)).toBe(false);
    expect(await mayBroadcast(w.admin.actor, `user:${w.candidate.id}`)).toBe(false);
  });

  it('a member cannot write on their own channel either', async () => {
    expect(await channelAccess(w.candidate.actor, `user:${w.candidate.id}`)).toEqual({ canRead: true, canWrite: false });
    expect(await mayBroadcast(w.candidate.actor, `user:${w.candidate.id}`, 'presence')).toBe(false);
  });
});
