// Each dossier's candidate_unread_count and pro_unread_count stay equal to the true rows — unread
// messages of the dossier not sent by its candidate, not sent by its pro — through new messages,
// read receipts, reassignment, deletions and erasure; users cannot write them, and keeping them
// current leaves the dossier's updated_at alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import { expectCounters, membersWhoseEmailsAreDropped } from '../support/unread-counters.ts';
import { clearRateLimits, createDossier, createMessage, type Member } from '../support/world.ts';

const member = membersWhoseEmailsAreDropped();

/** Sends a message as `sender` through the API (RLS, rate limit cleared first). */
async function send(sender: Member, dossierId: string, body = 'Bonjour'): Promise<string> {
  await clearRateLimits(sender.id);
  const rows = await ok(attempt<{ id: string }>(
    sender.actor,
    `insert into public.messages (dossier_id, body) values ($1, $2) returning id`,
    [dossierId, body],
  ));
  return rows[0]!.id;
}

const markRead = (reader: Member, dossierId: string) =>
  ok(attempt<{ n: number }>(reader.actor, `select public.mark_dossier_messages_read($1) as n`, [dossierId]));

describe('messages of a dossier', () => {
  let candidate: Member;
  let pro: Member;
  let admin: Member;
  let dossier: string;

  beforeAll(async () => {
    [candidate, pro, admin] = await Promise.all([member(), member({ role: 'pro' }), member({ role: 'admin' })]);
    dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
  });

  it("a message from the candidate counts as unread for the pro only", async () => {
    await send(candidate, dossier);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 1 });
  });

  it('a message from the pro counts as unread for the candidate only', async () => {
    await send(pro, dossier);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 1 });
  });

  it('a message from an admin counts as unread for both', async () => {
    await send(admin, dossier);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 2 });
  });

  it("mark_dossier_messages_read clears the reader's count and leaves the other side's", async () => {
    // One receipt per message: the admin's message, read by the pro, is read for the candidate too.
    expect(await markRead(pro, dossier)).toEqual([{ n: 2 }]);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
    // Nothing left to mark: the counters do not move.
    expect(await markRead(pro, dossier)).toEqual([{ n: 0 }]);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });

  it('a read receipt set directly on one message takes that message off the count', async () => {
    const { rows } = await owner<{ id: string }>(
      `select id from public.messages where dossier_id = $1 and sender_id = $2`,
      [dossier, pro.id],
    );
    const marked = await attempt(candidate.actor, `update public.messages set read_at = now() where id = $1`, [rows[0]!.id]);
    expect(marked).toMatchObject({ ok: true, rowCount: 1 });
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
    // A second stamp on a read message changes nothing (the first read time stays).
    await attempt(candidate.actor, `update public.messages set read_at = now() where id = $1`, [rows[0]!.id]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
  });

  it('deleting an unread message takes it off the count; deleting a read one changes nothing', async () => {
    const unread = await send(pro, dossier, 'À supprimer');
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
    await owner(`delete from public.messages where id = $1`, [unread]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
    const read = (await owner<{ id: string }>(
      `select id from public.messages where dossier_id = $1 and read_at is not null limit 1`,
      [dossier],
    )).rows[0]!.id;
    await owner(`delete from public.messages where id = $1`, [read]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
  });

  it("reading and receiving messages leave the dossier's updated_at, which orders the pro inbox, alone", async () => {
    const before = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    await send(candidate, dossier);
    await markRead(candidate, dossier);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 1 });
    const after = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    expect(after.updated_at).toEqual(before.updated_at);
  });
});

describe('assigning and reassigning the pro', () => {
  let candidate: Member;
  let pro: Member;
  let otherPro: Member;
  let admin: Member;
  let dossier: string;

  beforeAll(async () => {
    [candidate, pro, otherPro, admin] = await Promise.all([
      member(), member({ role: 'pro' }), member({ role: 'pro' }), member({ role: 'admin' }),
    ]);
    dossier = await createDossier(candidate.id, { status: 'submitted' });
  });

  const assign = (proId: string | null) =>
    ok(attempt(admin.actor, `select id from public.assign_dossier($1, $2)`, [dossier, proId]));

  it('without a pro, the pro count stays 0 whatever is sent', async () => {
    await send(candidate, dossier);
    await send(admin, dossier);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });

  it('an assigned pro finds every unread message others sent, and assigning still bumps updated_at', async () => {
    const before = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    await assign(pro.id);
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 2 });
    const after = (await owner<{ updated_at: Date }>(`select updated_at from public.dossiers where id = $1`, [dossier])).rows[0]!;
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it("a new pro counts the previous pro's unread messages as sent to them", async () => {
    await send(pro, dossier);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 2 });
    await assign(otherPro.id);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 3 });
  });

  it('unassigning brings the pro count back to 0', async () => {
    await send(candidate, dossier);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 4 });
    await assign(null);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 0 });
  });

  it('a candidate_id moved by the owner recounts the candidate side', async () => {
    const heir = await member();
    await owner(`update public.dossiers set candidate_id = $2 where id = $1`, [dossier, heir.id]);
    await expectCounters(dossier, { candidate_unread_count: 4, pro_unread_count: 0 });
    await owner(`update public.dossiers set candidate_id = $2 where id = $1`, [dossier, candidate.id]);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 0 });
  });
});

describe('accounts that go away', () => {
  it("deleting a sender's account removes their messages from the counts, and a deleted pro's dossier counts 0", async () => {
    const [candidate, pro, admin] = await Promise.all([member(), member({ role: 'pro' }), member({ role: 'admin' })]);
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    for (const sender of [candidate, pro, pro, admin]) await createMessage(dossier, sender.id);
    await expectCounters(dossier, { candidate_unread_count: 3, pro_unread_count: 2 });

    await owner(`delete from auth.users where id = $1`, [admin.id]);
    await expectCounters(dossier, { candidate_unread_count: 2, pro_unread_count: 1 });
    await owner(`delete from auth.users where id = $1`, [pro.id]);
    expect((await owner(`select pro_id from public.dossiers where id = $1`, [dossier])).rows).toEqual([{ pro_id: null }]);
    await expectCounters(dossier, { candidate_unread_count: 0, pro_unread_count: 0 });
  });

  it("erasing a candidate's account deletes their drafts' messages and leaves their other dossier's counts true", async () => {
    const [candidate, pro] = await Promise.all([member(), member({ role: 'pro' })]);
    const draft = await createDossier(candidate.id, { proId: pro.id });
    const kept = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    for (const [dossier, sender] of [[draft, pro], [draft, candidate], [kept, pro], [kept, candidate], [kept, candidate]] as const) {
      await createMessage(dossier, sender.id);
    }
    await expectCounters(kept, { candidate_unread_count: 1, pro_unread_count: 2 });

    await ok(attempt(candidate.actor, `select public.erase_my_account('SUPPRIMER')`));
    expect((await owner(`select 1 from public.messages where dossier_id = $1`, [draft])).rowCount).toBe(0);
    await expectCounters(kept, { candidate_unread_count: 1, pro_unread_count: 2 });
  });

  it('deleting a dossier takes its messages with it without an error', async () => {
    const [candidate, pro] = await Promise.all([member(), member({ role: 'pro' })]);
    const dossier = await createDossier(candidate.id, { proId: pro.id });
    await createMessage(dossier, pro.id);
    await ok(attempt(candidate.actor, `delete from public.dossiers where id = $1 returning id`, [dossier]));
    expect((await owner(`select 1 from public.messages where dossier_id = $1`, [dossier])).rowCount).toBe(0);
  });
});

describe('who may write the counters', () => {
  let candidate: Member;
  let pro: Member;
  let dossier: string;

  beforeAll(async () => {
    [candidate, pro] = await Promise.all([member(), member({ role: 'pro' })]);
    dossier = await createDossier(candidate.id, { proId: pro.id, status: 'action_required' });
    await createMessage(dossier, pro.id);
  });

  it('a candidate trying to reset candidate_unread_count gets a permission error', async () => {
    const reset = await attempt(candidate.actor, `update public.dossiers set candidate_unread_count = 0 where id = $1`, [dossier]);
    expect(reset).toMatchObject({ ok: false, code: '42501' });
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });

  it('a pro cannot set pro_unread_count, nor a candidate open a dossier with counts of their choosing', async () => {
    expect(await attempt(pro.actor, `update public.dossiers set pro_unread_count = 5 where id = $1`, [dossier]))
      .toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(
      candidate.actor,
      `insert into public.dossiers (program_type, title, candidate_unread_count) values ('study_permit', 'Permis', 7) returning id`,
    )).toMatchObject({ ok: false, code: '42501' });
    await expectCounters(dossier, { candidate_unread_count: 1, pro_unread_count: 0 });
  });
});
