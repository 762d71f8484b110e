// /conditions and /compte-suspendu promise that a suspended member is told by email. The email is
// enqueued in the same transaction as the suspension, whatever the member's email preference (it
// is an account email), once per suspension; a refused suspension enqueues nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import { createMember, type Member } from '../support/world.ts';

let admin: Member;

beforeAll(async () => {
  admin = await createMember({ role: 'admin', fullName: 'Admin Suspension' });
});

const suspensionEmails = async (userId: string) => (await owner<{ to_email: string; status: string; email_kind: string; link: string; title: string }>(
  `select to_email, status::text, email_kind::text, payload ->> 'link' as link, payload ->> 'title' as title
     from public.email_outbox where user_id = $1 and template = 'account_suspended' order by id`, [userId])).rows;

describe('suspending a member', () => {
  it('enqueues one account email to their address, even when they turned every email they could off', async () => {
    const member = await createMember();
    await owner(`insert into public.email_preferences (user_id, kind, enabled)
                 select $1, k, false from unnest(enum_range(null::public.email_kind)) k where k not in ('security', 'account')`, [member.id]);
    await ok(attempt(admin.actor, `select status from public.set_account_status($1, 'suspended')`, [member.id]));
    expect(await suspensionEmails(member.id)).toEqual([
      { to_email: member.email, status: 'pending', email_kind: 'account', link: '/compte-suspendu', title: 'Votre compte CAPITUNE est suspendu' },
    ]);
    const { rows } = await owner(`select kind::text, link from public.notifications where user_id = $1`, [member.id]);
    expect(rows).toEqual([{ kind: 'account_suspended', link: '/compte-suspendu' }]);
  });

  it('sends nothing more when the member is already suspended, and again after a reactivation', async () => {
    const member = await createMember();
    await ok(attempt(admin.actor, `select status from public.set_account_status($1, 'suspended')`, [member.id]));
    await ok(attempt(admin.actor, `select status from public.set_account_status($1, 'suspended')`, [member.id]));
    expect(await suspensionEmails(member.id)).toHaveLength(1);
    await ok(attempt(admin.actor, `select status from public.set_account_status($1, 'active')`, [member.id]));
    expect(await suspensionEmails(member.id)).toHaveLength(1);
    await ok(attempt(admin.actor, `select status from public.set_account_status($1, 'suspended')`, [member.id]));
    expect(await suspensionEmails(member.id)).toHaveLength(2);
  });

  it('a refused suspension enqueues nothing', async () => {
    const [member, candidate] = await Promise.all([createMember(), createMember()]);
    expect(await attempt(candidate.actor, `select status from public.set_account_status($1, 'suspended')`, [member.id]))
      .toMatchObject({ ok: false, code: '42501' });
    expect(await suspensionEmails(member.id)).toEqual([]);
  });

  it('members cannot enqueue the email themselves', async () => {
    const member = await createMember();
    expect(await attempt(member.actor, `select private.tell_suspended($1)`, [member.id])).toMatchObject({ ok: false, code: '42501' });
    expect(await suspensionEmails(member.id)).toEqual([]);
  });
});
