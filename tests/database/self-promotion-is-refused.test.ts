// Members try to give themselves more than they were given: a role, a profile of their choosing,
// an account status, a switched-off second factor or write limit, looser bucket limits. Each
// attempt must be refused and change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditBy } from '../support/audit.ts';
import { signUp } from '../support/auth.ts';
import { anon, attempt, one, owner, user } from '../support/db.ts';
import { probe } from '../support/probe.ts';
import { TERMS_VERSION, createMember, createWorld, type Member, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

const roleOfUser = async (id: string) => (await one<{ role: string }>(`select role from public.profiles where id = $1`, [id])).role;

describe('self-promotion', () => {
  it.each(['candidate', 'pro'] as const)('a %s cannot write their own role into profiles', async (who) => {
    const member = w[who];
    const before = await roleOfUser(member.id);
    for (const role of ['pro', 'admin']) {
      const result = await attempt(member.actor, `update public.profiles set role = $2 where id = $1`, [member.id, role]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await roleOfUser(member.id)).toBe(before);
  });

  it('nobody inserts a profile of their own choosing', async () => {
    const { id } = await signUp(); // has a profile already; a second one, or one for someone else, is refused
    const result = await attempt(user(id), `insert into public.profiles (id, full_name, role) values ($1, 'Moi', 'admin')`, [
      crypto.randomUUID(),
    ]);
    expect(result).toMatchObject({ ok: false, code: '42501' });
  });

  it.each(['admin', 'pro'])('sign-up metadata claiming role "%s" still makes a candidate', async (role) => {
    const { id } = await signUp({ metadata: { role, terms_version: TERMS_VERSION } });
    expect(await roleOfUser(id)).toBe('candidate');
    const me = user(id);
    expect(await attempt(me, `select private.my_role() as role, private.is_admin() as admin`)).toMatchObject({
      ok: true,
      rows: [{ role: 'candidate', admin: false }],
    });
    expect(await attempt(me, `select public.assign_dossier($1, null)`, [w.otherDossier])).toMatchObject({ ok: false, code: '42501' });
  });

  it('a candidate or pro cannot call set_user_role, on themselves or anyone else', async () => {
    const auditBefore = [await auditBy(w.candidate.id), await auditBy(w.pro.id)];
    for (const member of [w.candidate, w.pro]) {
      for (const target of [member.id, w.otherCandidate.id]) {
        const result = await attempt(member.actor, `select public.set_user_role($1, 'admin')`, [target]);
        expect(result).toMatchObject({ ok: false, code: '42501' });
      }
    }
    expect(await roleOfUser(w.candidate.id)).toBe('candidate');
    expect(await roleOfUser(w.pro.id)).toBe('pro');
    expect(await roleOfUser(w.otherCandidate.id)).toBe('candidate');
    expect([await auditBy(w.candidate.id), await auditBy(w.pro.id)]).toEqual(auditBefore);
  });

  it('an admin cannot change their own role or suspend themselves', async () => {
    const admin = await createMember({ role: 'admin' });
    for (const role of ['candidate', 'pro', 'admin']) {
      const result = await attempt(admin.actor, `select public.set_user_role($1, $2)`, [admin.id, role]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await attempt(admin.actor, `select public.set_account_status($1, 'suspended')`, [admin.id])).toMatchObject({
      ok: false,
      code: '42501',
    });
    expect(await roleOfUser(admin.id)).toBe('admin');
    expect(await auditBy(admin.id)).toBe(0);
  });

  it('nobody writes accounts.status directly: not to reactivate themselves, nor to suspend another', async () => {
    const attempts: [Member, string, string][] = [
      [w.suspended, w.suspended.id, 'active'],
      [w.candidate, w.otherCandidate.id, 'suspended'],
      [w.admin, w.otherCandidate.id, 'suspended'], // admins go through set_account_status
    ];
    for (const [member, target, status] of attempts) {
      const result = await attempt(member.actor, `update public.accounts set status = $2 where user_id = $1`, [target, status]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    const { rows } = await owner(`select user_id, status from public.accounts where user_id = any($1) order by status`, [
      [w.suspended.id, w.otherCandidate.id],
    ]);
    expect(rows).toEqual([
      { user_id: w.otherCandidate.id, status: 'active' },
      { user_id: w.suspended.id, status: 'suspended' },
    ]);
  });

  it('members cannot switch off the staff second factor or the write limit (private.settings, rate_limits)', async () => {
    for (const actor of [w.candidate.actor, w.admin.actor, anon]) {
      expect(await probe(actor, `update private.settings set require_staff_mfa = false, write_interval = '0'`)).toMatchObject({
        ok: false,
        code: '42501',
      });
      expect(await probe(actor, `delete from private.rate_limits`)).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('members cannot loosen the documents bucket limits that the documents rows are checked against', async () => {
    const before = await one(`select file_size_limit, allowed_mime_types from storage.buckets where id = 'documents'`);
    for (const actor of [w.candidate.actor, w.admin.actor]) {
      const result = await probe(
        actor,
        `update storage.buckets set file_size_limit = null, allowed_mime_types = null where id = 'documents' returning id`,
      );
      expect(result.ok ? result.rowCount : 0).toBe(0);
    }
    expect(await one(`select file_size_limit, allowed_mime_types from storage.buckets where id = 'documents'`)).toEqual(before);
  });
});
