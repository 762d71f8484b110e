// Admins see who is muted (accounts.muted_until, readable by admins only) and lift a mute before
// it ends with mute_member(user, null); the member may publish again at once. Nobody else can.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, ok, one, owner } from '../support/db.ts';
import { clearRateLimits, createMember, type Member } from '../support/world.ts';

let admin: Member;
let muted: Member;
let other: Member;

beforeAll(async () => {
  [admin, muted, other] = await Promise.all([createMember({ role: 'admin' }), createMember(), createMember()]);
  await owner(`update public.accounts set muted_until = now() + interval '10 days' where user_id = $1`, [muted.id]);
});

const mutedNow = `select user_id from public.accounts where muted_until > now() and user_id = $1`;

describe('lifting a mute', () => {
  it('admins see the muted member; other members do not', async () => {
    expect(await ok(attempt(admin.actor, mutedNow, [muted.id]))).toEqual([{ user_id: muted.id }]);
    expect(await ok(attempt(other.actor, mutedNow, [muted.id]))).toEqual([]);
  });

  it('members cannot lift a mute, their own or another’s', async () => {
    for (const who of [muted, other]) {
      expect(await attempt(who.actor, 'select public.mute_member($1, null)', [muted.id])).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await one('select muted_until is not null as muted from public.accounts where user_id = $1', [muted.id])).toEqual({ muted: true });
  });

  it('an admin lifts it early, audited, and the member publishes again', async () => {
    await ok(attempt(admin.actor, 'select user_id from public.mute_member($1, null)', [muted.id]));
    expect(await one('select muted_until from public.accounts where user_id = $1', [muted.id])).toEqual({ muted_until: null });
    expect(await one(`select count(*)::int as n from public.audit_log where action = 'user.muted' and target_id = $1 and actor_id = $2 and details ->> 'until' is null`,
      [muted.id, admin.id])).toEqual({ n: 1 });
    await clearRateLimits(muted.id);
    expect(await attempt(muted.actor, `insert into public.posts (body) values ('De retour') returning id`)).toMatchObject({ ok: true, rowCount: 1 });
  });
});
