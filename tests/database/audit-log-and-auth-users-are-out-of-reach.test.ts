// Nobody rewrites the audit trail (not admins, not the service role, not even the owner role), and
// no API role reads auth.users, directly or through a view.
import { beforeAll, describe, expect, it } from 'vitest';
import { anon, attempt, one, owner, serviceRole } from '../support/db.ts';
import { probe } from '../support/probe.ts';
import { createDossier, createWorld, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

describe('the audit log is append-only', () => {
  let entry: { id: string; action: string };

  beforeAll(async () => {
    const id = await createDossier(w.candidate.id);
    expect(await attempt(w.admin.actor, `select public.assign_dossier($1, $2)`, [id, w.pro.id])).toMatchObject({ ok: true });
    entry = await one(`select id::text, action from public.audit_log where target_id = $1`, [id]);
  });

  const unchanged = async () =>
    expect(await one(`select id::text, action from public.audit_log where id = $1`, [entry.id])).toEqual(entry);

  it.each([
    ['an admin', () => w.admin.actor],
    ['the service role', () => serviceRole],
  ])('%s can neither edit, delete, truncate nor forge entries', async (_label, actorOf) => {
    const actor = actorOf();
    const statements: [string, unknown[]][] = [
      [`update public.audit_log set action = 'dossier.nothing' where id = $1`, [entry.id]],
      [`delete from public.audit_log where id = $1`, [entry.id]],
      [`insert into public.audit_log (action, target_table, target_id) values ('dossier.forged', 'dossiers', 'x')`, []],
      [`truncate public.audit_log`, []],
      [`select private.write_audit('dossier.forged', 'dossiers', 'x')`, []],
    ];
    for (const [sql, params] of statements) {
      expect({ sql, result: await probe(actor, sql, params) }).toMatchObject({ sql, result: { ok: false, code: '42501' } });
    }
    await unchanged();
  });

  it('even the owner role postgres is stopped by the append-only trigger, with a French reason', async () => {
    for (const sql of [
      `update public.audit_log set action = 'dossier.nothing' where id = ${Number(entry.id)}`,
      `delete from public.audit_log where id = ${Number(entry.id)}`,
      `truncate public.audit_log`,
    ]) {
      const result = await probe('owner', sql);
      expect({ sql, result }).toMatchObject({ sql, result: { ok: false, code: '42501' } });
      if (!result.ok) expect(result.message).toMatch(/journal d’audit est en ajout seul/);
    }
    await unchanged();
  });
});

describe('auth.users', () => {
  it.each([
    ['anon', () => anon],
    ['authenticated', () => w.admin.actor],
    ['service_role', () => serviceRole],
  ])('%s cannot read auth.users', async (_role, actorOf) => {
    for (const sql of [`select id, email from auth.users`, `select encrypted_password from auth.users limit 1`, `select count(*) from auth.identities`]) {
      expect(await attempt(actorOf(), sql)).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('no view in public exposes auth.users', async () => {
    const { rows } = await owner(
      `select distinct v.relname
         from pg_depend d
         join pg_rewrite r on r.oid = d.objid
         join pg_class v on v.oid = r.ev_class
        where d.refobjid = 'auth.users'::regclass and v.relnamespace = 'public'::regnamespace`,
    );
    expect(rows).toEqual([]);
  });
});
