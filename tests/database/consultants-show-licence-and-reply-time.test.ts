// Who the consultant is: a pro's CICC licence number, set only by that pro or an admin in the
// register's format, and their usual reply time, computed from the chat for their candidates.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, one, owner, type Actor } from '../support/db.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { createDossier, createMember, createWorld, type Member, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

const licenceOf = async (id: string) =>
  (await one<{ licence_number: string | null }>('select licence_number from public.profiles where id = $1', [id])).licence_number;
const setLicence = (actor: Actor, proId: string, value: string | null) =>
  attempt<{ saved: string | null }>(actor, 'select public.set_licence_number($1, $2) as saved', [proId, value]);

describe('a pro’s CICC licence number', () => {
  it('the pro sets their own number; spaces and case are forgiven', async () => {
    expect(await setLicence(w.pro.actor, w.pro.id, ' r123 456 ')).toMatchObject({ ok: true, rows: [{ saved: 'R123456' }] });
    expect(await licenceOf(w.pro.id)).toBe('R123456');
  });

  it('an admin sets a pro’s number, and clears it with null', async () => {
    expect(await setLicence(w.admin.actor, w.otherPro.id, 'R654321')).toMatchObject({ ok: true, rows: [{ saved: 'R654321' }] });
    expect(await setLicence(w.admin.actor, w.otherPro.id, null)).toMatchObject({ ok: true, rows: [{ saved: null }] });
    expect(await licenceOf(w.otherPro.id)).toBeNull();
  });

  it.each(['otherPro', 'candidate', 'otherCandidate', 'suspended'] as const)('%s cannot set another pro’s number (42501)', async (who) => {
    await owner(`update public.profiles set licence_number = 'R111111' where id = $1`, [w.pro.id]);
    const message = await expectClearFrenchError(await setLicence(w[who].actor, w.pro.id, 'R999999'), '42501');
    expect(message).toMatch(/consultant lui-même ou un administrateur/);
    expect(await licenceOf(w.pro.id)).toBe('R111111');
  });

  it('a suspended pro cannot set even their own number (42501)', async () => {
    const suspendedPro = await createMember({ role: 'pro', status: 'suspended' });
    await expectClearFrenchError(await setLicence(suspendedPro.actor, suspendedPro.id, 'R123456'), '42501');
    expect(await licenceOf(suspendedPro.id)).toBeNull();
  });

  it('a number outside the register’s format is refused with a clear French sentence', async () => {
    for (const bad of ['123456', 'R12345', 'R1234567', 'X123456', 'R12345A']) {
      const message = await expectClearFrenchError(await setLicence(w.pro.actor, w.pro.id, bad), '23514');
      expect(message).toBe('Numéro de permis CICC invalide : un R suivi de six chiffres, par exemple R123456.');
    }
  });

  it('a candidate has no licence number, even set by an admin (22023)', async () => {
    await expectClearFrenchError(await setLicence(w.admin.actor, w.candidate.id, 'R123456'), '22023');
    expect(await licenceOf(w.candidate.id)).toBeNull();
  });

  it('nobody writes the column directly, not even on their own profile', async () => {
    expect(await attempt(w.pro.actor, `update public.profiles set licence_number = 'R222222' where id = $1`, [w.pro.id]))
      .toMatchObject({ ok: false, code: '42501' });
  });

  it('every signed-in member reads it, as the public register does', async () => {
    await owner(`update public.profiles set licence_number = 'R333333' where id = $1`, [w.pro.id]);
    expect(await attempt(w.otherCandidate.actor, 'select licence_number from public.profiles where id = $1', [w.pro.id]))
      .toMatchObject({ ok: true, rows: [{ licence_number: 'R333333' }] });
  });
});

describe('a pro’s usual reply time', () => {
  // Each message is dated `minutesAgo` before now, so the test holds on any day.
  const say = (dossierId: string, sender: Member, minutesAgo: number) =>
    owner(`insert into public.messages (dossier_id, sender_id, body, created_at)
           values ($1, $2, 'Message', now() - make_interval(mins => $3))`, [dossierId, sender.id, minutesAgo]);
  const replyMinutes = (actor: Actor, proId: string) =>
    attempt<{ minutes: number | null }>(actor, 'select public.pro_reply_minutes($1) as minutes', [proId]);

  let pro: Member;
  let candidate: Member;
  let dossier: string;

  beforeAll(async () => {
    [pro, candidate] = await Promise.all([createMember({ role: 'pro' }), createMember()]);
    dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
  });

  it('says nothing while fewer than five waits were answered', async () => {
    for (let i = 0; i < 4; i += 1) {
      await say(dossier, candidate, 10_000 - i * 1000);
      await say(dossier, pro, 10_000 - i * 1000 - 60);
    }
    expect(await replyMinutes(candidate.actor, pro.id)).toEqual({ ok: true, rowCount: 1, rows: [{ minutes: null }] });
  });

  it('is the median delay from a candidate’s first waiting message to the pro’s next one', async () => {
    // Fifth wait: two candidate messages (only the first opens the wait), answered 240 minutes later.
    await say(dossier, candidate, 5000);
    await say(dossier, candidate, 4900);
    await say(dossier, pro, 4760);
    // Delays 60, 60, 60, 60, 240: the median is 60, where the mean would be 96.
    expect(await replyMinutes(candidate.actor, pro.id)).toMatchObject({ ok: true, rows: [{ minutes: 60 }] });
  });

  it('leaves out waits older than 90 days and questions still unanswered', async () => {
    const old = 91 * 24 * 60;
    for (let i = 0; i < 5; i += 1) {
      await say(dossier, candidate, old + i * 1000 + 100);
      await say(dossier, pro, old + i * 1000);
    }
    await say(dossier, candidate, 30);
    expect(await replyMinutes(candidate.actor, pro.id)).toMatchObject({ ok: true, rows: [{ minutes: 60 }] });
  });

  it('the pro and an admin read it too', async () => {
    expect(await replyMinutes(pro.actor, pro.id)).toMatchObject({ ok: true, rows: [{ minutes: 60 }] });
    expect(await replyMinutes(w.admin.actor, pro.id)).toMatchObject({ ok: true, rows: [{ minutes: 60 }] });
  });

  it.each(['otherCandidate', 'otherPro', 'suspended'] as const)('%s, not served by this pro, cannot read it (42501)', async (who) => {
    await expectClearFrenchError(await replyMinutes(w[who].actor, pro.id), '42501');
  });

  it('a candidate whose dossier another pro holds cannot read it', async () => {
    await expectClearFrenchError(await replyMinutes(w.candidate.actor, pro.id), '42501');
  });
});
