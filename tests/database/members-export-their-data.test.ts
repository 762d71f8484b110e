// A member's data export (export_my_data(), docs/privacy.md) holds their account, dossiers, chat and
// what they did in Inside and Live, nothing of anyone else, and works while suspended too.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import { exportOf, livedIn } from '../support/privacy.ts';
import { createMember, type Member } from '../support/world.ts';

describe('export_my_data()', () => {
  let me: Member;
  let stranger: Member;
  let pro: Member;
  let mine: Awaited<ReturnType<typeof livedIn>>;
  let theirs: Awaited<ReturnType<typeof livedIn>>;
  const marker = `moi-${randomBytes(4).toString('hex')}`;
  const strangerMarker = `autre-${randomBytes(4).toString('hex')}`;
  let event: string;

  beforeAll(async () => {
    const [peer, strangerPeer] = await Promise.all([createMember(), createMember()]);
    [me, stranger, pro] = await Promise.all([
      createMember({ fullName: `Moi ${marker}` }),
      createMember({ fullName: `Autre ${strangerMarker}` }),
      createMember({ role: 'pro' }),
    ]);
    mine = await livedIn(me, pro, peer, marker);
    theirs = await livedIn(stranger, pro, strangerPeer, strangerMarker);
    event = (await owner<{ id: string }>(
      `insert into public.events (title, starts_at, ends_at) values ('Export', now() + interval '5 days', now() + interval '5 days 1 hour') returning id`,
    )).rows[0]!.id;
    for (const m of [me, stranger]) await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
  });

  it("contains the caller's account, profile, settings and consent", async () => {
    const data = await exportOf(me);
    expect(data.account).toMatchObject({ id: me.id, email: me.email });
    expect(data.account).not.toHaveProperty('encrypted_password');
    expect(data.profile).toMatchObject({ id: me.id, full_name: `Moi ${marker}` });
    expect(data.settings).toMatchObject({ user_id: me.id, terms_version: '2026-11' });
    expect(data.settings).not.toHaveProperty('email_notifications'); // the email choices are email_preferences
  });

  it("contains the caller's dossiers with timeline, document records and the whole chat", async () => {
    const data = await exportOf(me);
    expect(data.dossiers.map((d) => d.id).sort()).toEqual([mine.dossier, mine.draft].sort());
    const dossier = data.dossiers.find((d) => d.id === mine.dossier)!;
    expect(dossier.history.length).toBeGreaterThanOrEqual(1);
    expect(dossier.documents.map((d) => d.id)).toEqual([mine.document.id]);
    expect(dossier.messages.map((m) => m.id).sort()).toEqual([mine.sent, mine.received].sort());
  });

  it("contains what the caller wrote and did in Inside and Live, and their notifications", async () => {
    const data = await exportOf(me);
    expect(data.messages_sent.map((m) => m.id).sort()).toEqual([mine.sent, mine.draftMessage].sort());
    expect(data.posts.map((p) => p.id)).toEqual([mine.post]);
    expect(data.posts[0]).not.toHaveProperty('search_vector');
    expect(data.comments.map((c) => c.id)).toEqual([mine.comment]);
    expect(data.likes).toEqual([expect.objectContaining({ post_id: mine.peerPost, user_id: me.id })]);
    expect(data.reports.map((r) => r.id)).toEqual([mine.report]);
    expect(data.event_registrations).toEqual([expect.objectContaining({ event_id: event, user_id: me.id, status: 'registered' })]);
    const { rows } = await owner<{ id: string }>(`select id from public.notifications where user_id = $1`, [me.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(data.notifications.map((n) => n.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('contains nothing of another member', async () => {
    const text = JSON.stringify(await exportOf(me));
    for (const secret of [stranger.id, stranger.email, strangerMarker, theirs.dossier, theirs.post, theirs.comment, theirs.sent]) {
      expect(text).not.toContain(secret);
    }
  });

  it('works for a suspended member too', async () => {
    await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [stranger.id]);
    const data = await exportOf(stranger);
    expect(data.account).toMatchObject({ id: stranger.id });
    expect(data.settings).toMatchObject({ status: 'suspended' });
    expect(data.posts.map((p) => p.id)).toEqual([theirs.post]);
  });
});
