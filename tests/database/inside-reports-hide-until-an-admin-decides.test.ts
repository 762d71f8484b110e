// Reports hide a post or comment from other members once three count, until an admin keeps it or
// removes it with a reason (and may mute its author); pins and mutes are written to the audit trail.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPost, establish } from '../support/community.ts';
import { type Actor, attempt, one, owner } from '../support/db.ts';
import { comment, createInsideCast, publish, report, sees } from '../support/inside.ts';
import { type Member, clearRateLimits, createMember } from '../support/world.ts';

let author: Member, admin: Member, readers: Member[]; // readers: five other members

beforeAll(async () => {
  ({ author, admin, readers } = await createInsideCast());
});

describe('reports and moderation', () => {
  // Established members (a month old, with visible comments): each report of theirs weighs 1.
  beforeAll(async () => {
    for (const reader of readers) await establish(reader.id);
  });
  const auditOf = (action: string, targetId: string) =>
    owner<{ actor_id: string; details: Record<string, unknown> }>(
      'select actor_id, details from public.audit_log where action = $1 and target_id = $2 order by id', [action, targetId]);
  /** A post of the author reported by the first `n` readers. */
  async function reportedPost(n: number): Promise<string> {
    const post = await publish(author, 'Vends accompagnement garanti, résultat assuré !');
    for (const reader of readers.slice(0, n)) expect(await report(reader, { post })).toMatchObject({ ok: true });
    return post;
  }

  it('two open reports leave a post visible to everyone', async () => {
    const post = await reportedPost(2);
    expect(await one('select hidden from public.posts where id = $1', [post])).toEqual({ hidden: false });
    expect(await sees(readers[4]!.actor, post)).toBe(true);
  });

  it('a third open report, from a third member, hides the post from other members but not from its author or admins', async () => {
    const post = await reportedPost(3);
    expect(await sees(readers[4]!.actor, post)).toBe(false);
    expect(await sees(readers[0]!.actor, post)).toBe(false);
    expect(await attempt(readers[4]!.actor, 'select id from public.feed_posts where id = $1', [post])).toMatchObject({ rowCount: 0 });
    expect(await sees(author.actor, post)).toBe(true);
    expect(await sees(admin.actor, post)).toBe(true);
  });

  it('one member reporting twice counts once: the second report is refused', async () => {
    const post = await reportedPost(1);
    expect(await report(readers[0]!, { post })).toMatchObject({ ok: false, code: '23505' });
    expect(await report(readers[0]!, { post })).toMatchObject({ ok: false, code: '23505' });
    expect(await one('select hidden from public.posts where id = $1', [post])).toEqual({ hidden: false });
  });

  it('three open reports hide a comment from other members but not from its author or admins', async () => {
    const post = await publish(author, 'Partagez vos astuces logement');
    const id = await comment(readers[4]!, post, 'Contactez-moi en privé pour un bail sans garant, paiement d’avance');
    for (const reader of readers.slice(0, 2)) await report(reader, { comment: id });
    const seen = (actor: Actor) => attempt(actor, 'select id from public.comments where id = $1', [id]);
    expect(await seen(author.actor)).toMatchObject({ rowCount: 1 });
    await report(readers[2]!, { comment: id });
    expect(await seen(author.actor)).toMatchObject({ rowCount: 0 });
    expect(await seen(readers[4]!.actor)).toMatchObject({ rowCount: 1 });
    expect(await seen(admin.actor)).toMatchObject({ rowCount: 1 });
  });

  it('an admin keeping a post makes it visible again and resolves all of its open reports at once', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 order by created_at limit 1', [post]);
    const result = await attempt<{ n: number }>(admin.actor, `select public.resolve_report($1, 'kept', 'Publicité tolérée') as n`, [first!.id]);
    expect(result).toMatchObject({ ok: true, rows: [{ n: 3 }] });
    expect(await sees(readers[4]!.actor, post)).toBe(true);
    const { rows } = await owner('select status, resolved_by, resolved_at is not null as stamped from public.reports where post_id = $1', [post]);
    expect(rows).toEqual(Array(3).fill({ status: 'kept', resolved_by: admin.id, stamped: true }));
    const audit = await auditOf('report.resolved', first!.id);
    expect(audit.rows).toEqual([{ actor_id: admin.id, details: expect.objectContaining({ decision: 'kept', post_id: post, reports: 3 }) }]);
  });

  it('kept reports no longer count: three new reports are needed to hide the post again', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);
    await attempt(admin.actor, `select public.resolve_report($1, 'kept')`, [first!.id]);
    expect(await report(readers[3]!, { post })).toMatchObject({ ok: true });
    expect(await sees(readers[4]!.actor, post)).toBe(true);
  });

  it('an admin removing a post keeps it hidden, with the reason its author can read', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);
    expect(await attempt(admin.actor, `select public.resolve_report($1, 'removed', '  Publicité interdite  ') as n`, [first!.id]))
      .toMatchObject({ ok: true, rows: [{ n: 3 }] });
    expect(await sees(readers[4]!.actor, post)).toBe(false);
    expect(await attempt(author.actor, 'select hidden, removal_reason from public.posts where id = $1', [post]))
      .toMatchObject({ rows: [{ hidden: true, removal_reason: 'Publicité interdite' }] });
    const { rows } = await owner('select distinct status from public.reports where post_id = $1', [post]);
    expect(rows).toEqual([{ status: 'removed' }]);
  });

  it('removing without a reason is refused, with a clear message, and changes nothing', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);
    expect(await attempt(admin.actor, `select public.resolve_report($1, 'removed', '   ')`, [first!.id]))
      .toMatchObject({ ok: false, code: '22023', message: 'Indiquez le motif du retrait.' });
    expect(await one(`select count(*)::int as n from public.reports where post_id = $1 and status = 'open'`, [post])).toEqual({ n: 3 });
  });

  it('resolving with a mute of N days mutes the author for N days: they can no longer post or comment', async () => {
    const offender = await createMember({ fullName: 'Membre Insistant' });
    const post = await publish(offender, 'Encore ma publicité');
    for (const reader of readers.slice(0, 3)) await report(reader, { post });
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);

    expect(await attempt(admin.actor, `select public.resolve_report($1, 'removed', 'Spam répété', 7)`, [first!.id])).toMatchObject({ ok: true });

    expect(await one(`select muted_until between now() + interval '7 days' - interval '1 minute'
                                             and now() + interval '7 days' + interval '1 minute' as in_seven_days
                      from public.accounts where user_id = $1`, [offender.id])).toEqual({ in_seven_days: true });
    await clearRateLimits(offender.id);
    expect(await attempt(offender.actor, `insert into public.posts (body) values ('Je recommence')`))
      .toMatchObject({ ok: false, code: '42501', message: 'Votre compte ne peut pas publier pour le moment.' });
    expect(await attempt(offender.actor, `insert into public.comments (post_id, body) values ($1, 'Et ici ?')`, [await createPost(author.id)]))
      .toMatchObject({ ok: false, code: '42501' });
    const muted = await auditOf('user.muted', offender.id);
    expect(muted.rows).toEqual([{ actor_id: admin.id, details: { until: expect.any(String) } }]);
    expect((await auditOf('report.resolved', first!.id)).rows).toHaveLength(1);
  });

  it('a mute that is lifted or has expired lets the member post again', async () => {
    const member = await createMember({ fullName: 'Membre Repenti' });
    expect(await attempt(admin.actor, `select public.mute_member($1, now() + interval '3 days')`, [member.id])).toMatchObject({ ok: true });
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.posts (body) values ('Test')`)).toMatchObject({ ok: false, code: '42501' });

    expect(await attempt(admin.actor, 'select public.mute_member($1, null)', [member.id])).toMatchObject({ ok: true });
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.posts (body) values ('Me revoilà')`)).toMatchObject({ ok: true, rowCount: 1 });

    await owner(`update public.accounts set muted_until = now() - interval '1 minute' where user_id = $1`, [member.id]);
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.posts (body) values ('Toujours là')`)).toMatchObject({ ok: true, rowCount: 1 });
    expect((await auditOf('user.muted', member.id)).rows).toHaveLength(2);
  });

  it('pinning and unpinning a post are written to the audit trail', async () => {
    const post = await createPost(author.id, { createdAt: '2002-03-03 12:00+00' });
    expect(await attempt(admin.actor, 'select pinned from public.set_post_pinned($1, true)', [post])).toMatchObject({ rows: [{ pinned: true }] });
    expect(await attempt(admin.actor, 'select pinned from public.set_post_pinned($1, false)', [post])).toMatchObject({ rows: [{ pinned: false }] });
    const { rows } = await auditOf('post.pinned', post);
    expect(rows).toEqual([
      { actor_id: admin.id, details: { pinned: true } },
      { actor_id: admin.id, details: { pinned: false } },
    ]);
  });
});
