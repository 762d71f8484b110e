// Only an admin assigns a dossier to an active pro, who then sees it; reassigning moves the access,
// and the audit trail records each assignment.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../support/audit.ts';
import { attempt, owner, type Actor } from '../support/db.ts';
import { createDossier, createMember, createWorld, type Member, type World } from '../support/world.ts';

type Cast = 'candidate' | 'otherCandidate' | 'pro' | 'otherPro' | 'admin' | 'suspended';

let w: World;
const actorOf = (who: Cast): Member => w[who];

beforeAll(async () => {
  w = await createWorld();
});

describe('assigning a pro', () => {
  const assign = (actor: Actor, dossierId: string, proId: string | null) =>
    attempt(actor, `select id, pro_id from public.assign_dossier($1, $2)`, [dossierId, proId]);
  const proOf = async (id: string) =>
    (await owner<{ pro_id: string | null }>(`select pro_id from public.dossiers where id = $1`, [id])).rows[0].pro_id;
  const sees = async (member: Member, id: string) => {
    const result = await attempt(member.actor, `select id from public.dossiers where id = $1`, [id]);
    return result.ok ? result.rowCount : `refused ${result.code}`;
  };

  it('an admin assigns a pro, who then sees the dossier, and the audit log records it', async () => {
    const id = await createDossier(w.candidate.id, { status: 'submitted' });
    expect(await sees(w.otherPro, id)).toBe(0);

    const result = await assign(w.admin.actor, id, w.otherPro.id);
    expect(result).toEqual({ ok: true, rowCount: 1, rows: [{ id, pro_id: w.otherPro.id }] });
    expect(await sees(w.otherPro, id)).toBe(1);
    expect(await auditOf('dossiers', id, 'dossier.assigned')).toEqual([
      { actor_id: w.admin.id, details: { pro_id: w.otherPro.id } },
    ]);
  });

  it('reassigning moves access from the old pro to the new one; null unassigns', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'in_review' });
    expect(await assign(w.admin.actor, id, w.otherPro.id)).toMatchObject({ ok: true });
    expect(await sees(w.pro, id)).toBe(0);
    expect(await sees(w.otherPro, id)).toBe(1);
    expect(await assign(w.admin.actor, id, null)).toMatchObject({ ok: true, rows: [{ pro_id: null }] });
    expect(await sees(w.otherPro, id)).toBe(0);
    expect(await auditOf('dossiers', id, 'dossier.assigned')).toHaveLength(2);
  });

  it('a member who is not a pro cannot be assigned (22023)', async () => {
    const id = await createDossier(w.candidate.id, { status: 'submitted' });
    for (const target of [w.otherCandidate.id, w.admin.id, w.candidate.id]) {
      const result = await assign(w.admin.actor, id, target);
      expect(result).toMatchObject({ ok: false, code: '22023' });
      if (!result.ok) expect(result.message).toMatch(/consultant actif/);
    }
    expect(await proOf(id)).toBeNull();
    expect(await auditOf('dossiers', id, 'dossier.assigned')).toEqual([]);
  });

  it('a suspended pro cannot be assigned (22023)', async () => {
    const suspendedPro = await createMember({ role: 'pro', status: 'suspended' });
    const id = await createDossier(w.candidate.id, { status: 'submitted' });
    expect(await assign(w.admin.actor, id, suspendedPro.id)).toMatchObject({ ok: false, code: '22023' });
    expect(await proOf(id)).toBeNull();
    expect(await auditOf('dossiers', id, 'dossier.assigned')).toEqual([]);
  });

  it.each(['candidate', 'pro', 'otherPro', 'suspended'] as const)('%s cannot assign (42501)', async (who) => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'submitted' });
    expect(await assign(actorOf(who).actor, id, w.otherPro.id)).toMatchObject({ ok: false, code: '42501' });
    expect(await proOf(id)).toBe(w.pro.id);
    expect(await auditOf('dossiers', id, 'dossier.assigned')).toEqual([]);
  });

  it('assigning an unknown dossier says so (P0002)', async () => {
    const result = await assign(w.admin.actor, crypto.randomUUID(), w.pro.id);
    expect(result).toMatchObject({ ok: false, code: 'P0002' });
  });
});
