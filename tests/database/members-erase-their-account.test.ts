// Account erasure (erase_my_account('SUPPRIMER'), docs/privacy.md): what is anonymised, deleted,
// kept for the pro and the audit trail, who gets the freed seat; and that a wrong confirmation
// changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, ok, owner, type Row } from '../support/db.ts';
import { exportOf, livedIn } from '../support/privacy.ts';
import { clearRateLimits, createMember, type Member } from '../support/world.ts';

describe("erase_my_account('SUPPRIMER')", () => {
  const REMOVED = '[Contenu retiré à la demande de son auteur]';
  let me: Member;
  let pro: Member;
  let peer: Member;
  let waiting: Member;
  let waitingOnCancelled: Member;
  let mine: Awaited<ReturnType<typeof livedIn>>;
  let event: string;
  let cancelled: string;
  let erasedAt: Date;

  const one = async <R extends Row>(sql: string, params: unknown[]) => (await owner<R>(sql, params)).rows[0];

  beforeAll(async () => {
    let admin: Member;
    [me, pro, peer, waiting, waitingOnCancelled, admin] = await Promise.all([
      createMember({ fullName: 'Sofia Ramírez' }),
      createMember({ role: 'pro' }),
      createMember(),
      createMember(),
      createMember(),
      createMember({ role: 'admin' }),
    ]);
    await owner(`update public.profiles set bio = 'Ingénieure civile', avatar_path = $1 || '/photo.png' where id = $1`, [me.id]);
    mine = await livedIn(me, pro, peer, 'effacement');
    const newEvent = async (title: string) =>
      (await owner<{ id: string }>(
        `insert into public.events (title, starts_at, ends_at, capacity) values ($1, now() + interval '3 days', now() + interval '3 days 1 hour', 1) returning id`,
        [title],
      )).rows[0]!.id;
    event = await newEvent('Une seule place');
    cancelled = await newEvent('Annulé ensuite');
    for (const [m, e] of [[me, event], [waiting, event], [me, cancelled], [waitingOnCancelled, cancelled]] as const) {
      await clearRateLimits(m.id); // one registration per second per member
      await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [e]));
    }
    await ok(attempt(admin.actor, `select id from public.cancel_event($1, 'Report')`, [cancelled]));
    // Emails waiting to go out, and one already sent.
    expect((await owner(`select 1 from public.email_outbox where user_id = $1 and status = 'pending'`, [me.id])).rowCount).toBeGreaterThan(1);
    await owner(
      `update public.email_outbox set status = 'sent', sent_at = now() where id = (select min(id) from public.email_outbox where user_id = $1)`,
      [me.id],
    );

    // Signed in on two devices (one token still from before sessions existed); the peer on one.
    for (const member of [me, me, peer]) {
      await owner(
        `with s as (insert into auth.sessions (id, user_id) values (gen_random_uuid(), $1) returning id)
         insert into auth.refresh_tokens (token, user_id, revoked, session_id) select md5(random()::text), $1::text, false, id from s`,
        [member.id],
      );
    }
    await owner(`insert into auth.refresh_tokens (token, user_id, revoked) values (md5(random()::text), $1::text, false)`, [me.id]);

    const rows = await ok(attempt<{ now: Date }>(me.actor, `select public.erase_my_account('SUPPRIMER'), now() as now`));
    erasedAt = rows[0]!.now;
  });

  it('anonymises the profile and suspends the account with emails off', async () => {
    expect(await one(`select full_name, avatar_path, bio from public.profiles where id = $1`, [me.id])).toEqual({
      full_name: 'Membre supprimé',
      avatar_path: null,
      bio: '',
    });
    expect(await one(`select status from public.accounts where user_id = $1`, [me.id])).toEqual({ status: 'suspended' });
  });

  it('replaces the sign-in email, clears password, phone and metadata, deletes identities and bans for a century', async () => {
    expect(
      await one(
        // A finite date, as the admins' suspension bans (876000h): Auth cannot read an infinite one.
        `select email, encrypted_password, phone, raw_user_meta_data,
                isfinite(banned_until) and banned_until - updated_at = interval '876000 hours' as banned,
                (select count(*)::int from auth.identities i where i.user_id = u.id) as identities
         from auth.users u where id = $1`,
        [me.id],
      ),
    ).toEqual({
      email: `supprime+${me.id}@invalid.capitune.ca`,
      encrypted_password: '',
      phone: null,
      raw_user_meta_data: {},
      banned: true,
      identities: 0,
    });
    expect((await owner(`select 1 from auth.users where email = $1`, [me.email])).rowCount).toBe(0);
  });

  it('signs the member out everywhere and leaves other members signed in', async () => {
    const sessionsOf = async (id: string) =>
      one<{ sessions: number; tokens: number }>(
        `select (select count(*)::int from auth.sessions where user_id = $1) as sessions,
                (select count(*)::int from auth.refresh_tokens where user_id = $1::text) as tokens`,
        [id],
      );
    expect(await sessionsOf(me.id)).toEqual({ sessions: 0, tokens: 0 });
    expect(await sessionsOf(peer.id)).toEqual({ sessions: 1, tokens: 1 });
  });

  it('deletes draft dossiers with their documents and chat', async () => {
    expect((await owner(`select 1 from public.dossiers where id = $1`, [mine.draft])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.documents where id = $1`, [mine.draftDocument.id])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.messages where id = $1`, [mine.draftMessage])).rowCount).toBe(0);
  });

  it('keeps submitted dossiers, their documents, timeline and chat, still open to the assigned pro', async () => {
    expect(await one(`select candidate_id, status from public.dossiers where id = $1`, [mine.dossier])).toEqual({
      candidate_id: me.id,
      status: 'in_review',
    });
    expect((await owner(`select 1 from public.documents where id = $1`, [mine.document.id])).rowCount).toBe(1);
    expect((await owner(`select 1 from public.dossier_status_history where dossier_id = $1`, [mine.dossier])).rowCount).toBeGreaterThan(0);
    const chat = await ok(attempt<{ id: string; body: string }>(pro.actor, `select id, body from public.messages where dossier_id = $1 order by created_at`, [mine.dossier]));
    expect(chat.map((m) => m.body).sort()).toEqual(['Question effacement', 'Réponse à effacement']);
  });

  it("replaces the text of the member's posts and comments, and leaves others' comments intact", async () => {
    expect(await one(`select title, body from public.posts where id = $1`, [mine.post])).toEqual({ title: null, body: REMOVED });
    expect(await one(`select body from public.comments where id = $1`, [mine.comment])).toEqual({ body: REMOVED });
    expect(await one(`select author_id, body from public.comments where id = $1`, [mine.peerComment])).toEqual({
      author_id: peer.id,
      body: 'Réponse du pair à effacement',
    });
    expect(await one(`select body from public.posts where id = $1`, [mine.peerPost])).toEqual({ body: 'Fil de effacement' });
  });

  it('deletes likes (with the counts following), registrations, notifications and every email to the member', async () => {
    expect((await owner(`select 1 from public.post_likes where user_id = $1`, [me.id])).rowCount).toBe(0);
    expect(await one(`select like_count from public.posts where id = $1`, [mine.peerPost])).toEqual({ like_count: 0 });
    expect(await one(`select like_count from public.posts where id = $1`, [mine.post])).toEqual({ like_count: 1 }); // the peer's like stays
    expect((await owner(`select 1 from public.event_registrations where user_id = $1`, [me.id])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.notifications where user_id = $1`, [me.id])).rowCount).toBe(0);
    expect((await owner(`select 1 from public.email_outbox where user_id = $1 or to_email = $2`, [me.id, me.email])).rowCount).toBe(0);
  });

  it('gives the freed seat to the first on the waitlist, who is told', async () => {
    expect(await one(`select status, promoted_at is not null as promoted from public.event_registrations where event_id = $1 and user_id = $2`, [event, waiting.id])).toEqual({
      status: 'registered',
      promoted: true,
    });
    expect(await one(`select registered_count, waitlist_count from public.events where id = $1`, [event])).toEqual({
      registered_count: 1,
      waitlist_count: 0,
    });
    const told = await owner(`select link from public.notifications where user_id = $1 and kind = 'event_promoted'`, [waiting.id]);
    expect(told.rows).toEqual([{ link: `/live/${event}` }]);
  });

  it('promotes nobody on a cancelled event, whose counts still follow', async () => {
    expect(await one(`select status, promoted_at from public.event_registrations where event_id = $1 and user_id = $2`, [cancelled, waitingOnCancelled.id])).toEqual({
      status: 'waitlisted',
      promoted_at: null,
    });
    expect((await owner(`select 1 from public.notifications where user_id = $1 and kind = 'event_promoted'`, [waitingOnCancelled.id])).rowCount).toBe(0);
    expect(await one(`select registered_count, waitlist_count from public.events where id = $1`, [cancelled])).toEqual({
      registered_count: 0,
      waitlist_count: 1,
    });
  });

  it('keeps the reports the member made, and writes a user.erased audit entry that is kept', async () => {
    expect(await one(`select reporter_id from public.reports where id = $1`, [mine.report])).toEqual({ reporter_id: me.id });
    const audit = await owner<{ actor_id: string; created_at: Date }>(
      `select actor_id, created_at from public.audit_log where action = 'user.erased' and target_table = 'profiles' and target_id = $1`,
      [me.id],
    );
    expect(audit.rows).toEqual([{ actor_id: me.id, created_at: erasedAt }]);
  });

  it('leaves the member unable to read or write anything private', async () => {
    expect(await ok(attempt(me.actor, `select id from public.dossiers`))).toEqual([]);
    expect(await attempt(me.actor, `insert into public.posts (body) values ('Je reviens')`)).toMatchObject({ ok: false, code: '42501' });
  });
});

describe('erase_my_account with a wrong confirmation', () => {
  it.each([
    ['lower case', 'supprimer'],
    ['trailing space', 'SUPPRIMER '],
    ['another word', 'DELETE'],
    ['nothing', null],
  ])('%s: refused with 22023, and nothing changes', async (_label, confirmation) => {
    const [me, pro, peer] = await Promise.all([createMember(), createMember({ role: 'pro' }), createMember()]);
    await livedIn(me, pro, peer, 'garde');
    const before = await exportOf(me);
    const result = await attempt(me.actor, `select public.erase_my_account($1)`, [confirmation]);
    expect(result).toMatchObject({ ok: false, code: '22023', message: 'Tapez SUPPRIMER pour confirmer la suppression du compte.' });
    const after = await exportOf(me);
    expect({ ...after, exported_at: null }).toEqual({ ...before, exported_at: null });
    expect((await owner(`select 1 from public.audit_log where action = 'user.erased' and target_id = $1`, [me.id])).rowCount).toBe(0);
  });
});
