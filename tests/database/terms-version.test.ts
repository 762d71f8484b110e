// Consent is to a version of the terms (docs/privacy.md): a member whose consent is to superseded
// terms reads and writes nothing private until they accept the version in force, exactly like a
// member who never consented. The version in force lives in the database (private.settings).
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { TERMS_VERSION as WEB_TERMS_VERSION } from '../../web/lib/terms.ts';
import { createEvent, createPost } from '../support/community.ts';
import { type Actor, type Attempt, attempt, claimsFor, inTransaction, owner, roleOf, user } from '../support/db.ts';
import { TERMS_VERSION, clearRateLimits, createDossier, createMember, createMessage, type Member } from '../support/world.ts';

const SUPERSEDED = '2026-05';
const refused = { ok: false, code: '42501' };
const nothing = { ok: true, rowCount: 0 };

/** Consent recorded for a version that is no longer the one in force, as after a change of terms. */
async function acceptedSuperseded(member: Member): Promise<void> {
  await owner(
    `update public.accounts set terms_version = $2, terms_accepted_at = now() - interval '200 days' where user_id = $1`,
    [member.id, SUPERSEDED],
  );
}

const consentOf = async (id: string) =>
  (await owner<{ terms_version: string | null }>('select terms_version from public.accounts where user_id = $1', [id])).rows[0];

describe('the version in force', () => {
  it('is the one the web app offers, and the one the tests sign members up with', async () => {
    const { rows } = await owner<{ terms_version: string }>('select terms_version from private.settings');
    expect(rows).toEqual([{ terms_version: WEB_TERMS_VERSION }]);
    expect(TERMS_VERSION).toBe(WEB_TERMS_VERSION);
  });

  it("the seed's demo accounts have accepted it: Amina reads her dossiers", async () => {
    const amina = user('11111111-1111-4111-8111-000000000001');
    expect(await attempt(amina, 'select private.is_active() as active')).toMatchObject({ rows: [{ active: true }] });
    const dossiers = await attempt(amina, 'select id from public.dossiers');
    expect(dossiers.ok && dossiers.rowCount).toBeGreaterThan(0);
  });
});

describe('a candidate whose consent is to superseded terms', () => {
  let member: Member;
  let other: Member;
  let dossier: string;
  let event: string;
  let post: string;

  beforeAll(async () => {
    [member, other] = await Promise.all([createMember({ fullName: 'Ancien Consentement' }), createMember()]);
    dossier = await createDossier(member.id, { status: 'submitted' });
    await createMessage(dossier, member.id, 'Mon premier message');
    event = await createEvent();
    post = await createPost(other.id);
    await acceptedSuperseded(member);
  });

  it('still reads their own account, to learn which version to accept', async () => {
    expect(await attempt(member.actor, 'select terms_version from public.accounts')).toEqual({
      ok: true, rowCount: 1, rows: [{ terms_version: SUPERSEDED }],
    });
  });

  it.each([
    ['their dossiers', 'select id from public.dossiers'],
    ['their chat', 'select id from public.messages'],
    ["other members' profiles", 'select id from public.profiles'],
    ['the Inside feed', 'select id from public.posts'],
    ['the events', 'select id from public.events'],
  ])('reads nothing of %s', async (_what, sql) => {
    expect(await attempt(member.actor, sql)).toMatchObject(nothing);
  });

  it.each([
    ['open a dossier', `insert into public.dossiers (program_type, title) values ('visitor_visa', 'Visite')`, () => []],
    ['write in their chat', `insert into public.messages (dossier_id, body) values ($1, 'Bonjour')`, () => [dossier]],
    ['publish in Inside', `insert into public.posts (body) values ('Bonjour à tous')`, () => []],
    ['like a post', 'insert into public.post_likes (post_id) values ($1)', () => [post]],
    ['register for an event', 'select public.register_for_event($1)', () => [event]],
    ['edit their profile', `update public.profiles set bio = 'Nouvelle bio' where id = auth.uid()`, () => []],
  ])('cannot %s', async (_what, sql, params) => {
    await clearRateLimits(member.id);
    const result = await attempt(member.actor, sql, params());
    if (result.ok) expect(result).toMatchObject(nothing);
    else expect(result).toMatchObject(refused);
  });

  it('cannot re-accept the superseded version; accepting the version in force gives everything back', async () => {
    const again = await attempt(member.actor, 'select public.accept_terms($1)', [SUPERSEDED]);
    expect(again).toMatchObject({ ok: false, code: '22023' });
    expect(await consentOf(member.id)).toEqual({ terms_version: SUPERSEDED });

    expect(await attempt(member.actor, 'select public.accept_terms($1)', [TERMS_VERSION])).toMatchObject({ ok: true });
    expect(await consentOf(member.id)).toEqual({ terms_version: TERMS_VERSION });
    expect(await attempt(member.actor, 'select id from public.dossiers')).toMatchObject({ ok: true, rowCount: 1 });
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.messages (dossier_id, body) values ($1, 'Me revoici')`, [dossier]))
      .toMatchObject({ ok: true, rowCount: 1 });
  });
});

describe('staff whose consent is to superseded terms', () => {
  it('a pro no longer reads the dossiers assigned to them', async () => {
    const [candidate, pro] = await Promise.all([createMember(), createMember({ role: 'pro' })]);
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    await acceptedSuperseded(pro);
    expect(await attempt(pro.actor, 'select id from public.dossiers where id = $1', [dossier])).toMatchObject(nothing);
    const decided = await attempt(pro.actor, `select public.change_dossier_status($1, 'approved')`, [dossier]);
    expect(decided).toMatchObject(refused);
  });

  it('an admin loses the admin powers', async () => {
    const [admin, target] = await Promise.all([createMember({ role: 'admin' }), createMember()]);
    await acceptedSuperseded(admin);
    expect(await attempt(admin.actor, `select public.set_account_status($1, 'suspended')`, [target.id])).toMatchObject(refused);
    expect(await attempt(admin.actor, 'select id from public.admin_list_users()')).toMatchObject(refused);
  });
});

describe('a change of the terms', () => {
  /** Statements as `actor` after the owner moves the version in force, all in one transaction rolled back. */
  async function afterTermsChange(actor: Actor, statements: [string, unknown[]][]): Promise<Attempt[]> {
    const claims = await claimsFor(actor);
    return inTransaction([], async (q) => {
      await q.query(`update private.settings set terms_version = '2027-01'`);
      await q.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
        roleOf(actor), JSON.stringify(claims),
      ]);
      const results: Attempt[] = [];
      for (const [sql, params] of statements) {
        await q.query('savepoint step');
        try {
          const r = await q.query(sql, params);
          results.push({ ok: true, rows: r.rows, rowCount: r.rowCount ?? 0 });
        } catch (error) {
          if (!(error instanceof pg.DatabaseError)) throw error;
          await q.query('rollback to savepoint step');
          results.push({ ok: false, code: error.code ?? '', message: error.message });
        }
      }
      return results;
    }, { rollback: true });
  }

  it('locks out everyone who accepted the previous version until they accept the new one', async () => {
    const member = await createMember();
    await createDossier(member.id);
    const [before, oldAgain, accepted, after] = await afterTermsChange(member.actor, [
      ['select id from public.dossiers', []],
      ['select public.accept_terms($1)', [TERMS_VERSION]],
      ['select public.accept_terms($1)', ['2027-01']],
      ['select id from public.dossiers', []],
    ]);
    expect(before).toMatchObject(nothing);
    expect(oldAgain).toMatchObject({ ok: false, code: '22023' });
    expect(accepted).toMatchObject({ ok: true });
    expect(after).toMatchObject({ ok: true, rowCount: 1 });
    expect(await consentOf(member.id)).toEqual({ terms_version: TERMS_VERSION }); // all of it rolled back
  });
});
