// The dossier workflow as each member lives it: who may take which edge of
// draft → submitted → in_review → (action_required ↔ submitted) → approved | rejected → closed,
// the timeline and audit it leaves, the moves that are no edge at all, and who deletes a dossier.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../support/audit.ts';
import { anon, attempt, owner, type Actor } from '../support/db.ts';
import { createDossier, createWorld, type Member, type World } from '../support/world.ts';

type Status = 'draft' | 'submitted' | 'in_review' | 'action_required' | 'approved' | 'rejected' | 'closed';
type Cast = 'candidate' | 'otherCandidate' | 'pro' | 'otherPro' | 'admin' | 'suspended';

const STATUSES: Status[] = ['draft', 'submitted', 'in_review', 'action_required', 'approved', 'rejected', 'closed'];

// Every edge of the workflow and who takes it: the owning candidate, or staff (assigned pro, admin).
const EDGES: { from: Status; to: Status; by: 'candidate' | 'staff' }[] = [
  { from: 'draft', to: 'submitted', by: 'candidate' },
  { from: 'submitted', to: 'in_review', by: 'staff' },
  { from: 'in_review', to: 'action_required', by: 'staff' },
  { from: 'action_required', to: 'submitted', by: 'candidate' },
  { from: 'in_review', to: 'approved', by: 'staff' },
  { from: 'in_review', to: 'rejected', by: 'staff' },
  { from: 'approved', to: 'closed', by: 'staff' },
  { from: 'rejected', to: 'closed', by: 'staff' },
];

// Outsiders do not learn the dossier exists (P0002); members without the right get 42501.
const REFUSED: Record<'candidate' | 'staff', [Cast, string, string][]> = {
  candidate: [
    ['otherCandidate', 'another candidate', 'P0002'],
    ['pro', 'the assigned pro', '42501'],
    ['otherPro', 'an unassigned pro', 'P0002'],
    ['admin', 'an admin', '42501'],
    ['suspended', 'a suspended member', '42501'],
  ],
  staff: [
    ['candidate', 'the owning candidate', '42501'],
    ['otherCandidate', 'another candidate', 'P0002'],
    ['otherPro', 'an unassigned pro', 'P0002'],
    ['suspended', 'a suspended member', '42501'],
  ],
};

let w: World;
const actorOf = (who: Cast): Member => w[who];

beforeAll(async () => {
  w = await createWorld();
});

const move = (actor: Actor, dossierId: string, to: string, note: string | null = null) =>
  attempt(actor, `select id, status from public.change_dossier_status($1, $2, $3)`, [dossierId, to, note]);

/** A dossier of the world's candidate, assigned to the world's pro, already at `status`. */
async function dossierAt(status: Status): Promise<string> {
  const id = await createDossier(w.candidate.id, { proId: w.pro.id, status });
  // Arranged stamps: a past submission, and a past decision once decided.
  await owner(
    `update public.dossiers
        set submitted_at = case when $2 <> 'draft' then timestamptz '2026-01-05 10:00+00' end,
            decided_at = case when $2 in ('approved', 'rejected', 'closed') then timestamptz '2026-02-01 10:00+00' end
      where id = $1`,
    [id, status],
  );
  return id;
}

async function stateOf(dossierId: string) {
  const { rows } = await owner<{ status: Status; submitted_at: Date | null; decided_at: Date | null; recent_submit: boolean; recent_decision: boolean }>(
    `select status, submitted_at, decided_at,
            coalesce(submitted_at > now() - interval '1 minute', false) as recent_submit,
            coalesce(decided_at > now() - interval '1 minute', false) as recent_decision
       from public.dossiers where id = $1`,
    [dossierId],
  );
  return rows[0];
}

async function historyOf(dossierId: string) {
  const { rows } = await owner<{ from_status: Status | null; to_status: Status; changed_by: string | null; note: string | null }>(
    `select from_status, to_status, changed_by, note from public.dossier_status_history where dossier_id = $1 order by id`,
    [dossierId],
  );
  return rows;
}

describe('status edges', () => {
  for (const edge of EDGES) {
    describe(`${edge.from} → ${edge.to}`, () => {
      let dossierId: string;
      beforeAll(async () => {
        dossierId = await dossierAt(edge.from);
      });

      it.each(REFUSED[edge.by])(`%s: %s cannot take it (%s), and nothing is written`, async (who, _label, code) => {
        const result = await move(actorOf(who).actor, dossierId, edge.to, 'Tentative');
        expect(result).toMatchObject({ ok: false, code });
        expect((await stateOf(dossierId)).status).toBe(edge.from);
        expect(await historyOf(dossierId)).toHaveLength(1); // only the creation row
        expect(await auditOf('dossiers', dossierId, 'dossier.status_changed')).toEqual([]);
      });

      it('anonymous callers cannot call the workflow at all', async () => {
        expect(await move(anon, dossierId, edge.to)).toMatchObject({ ok: false, code: '42501' });
        expect((await stateOf(dossierId)).status).toBe(edge.from);
      });

      const allowed: Cast[] = edge.by === 'candidate' ? ['candidate'] : ['pro', 'admin'];
      it.each(allowed)(`%s takes it: status, stamps, one timeline row and the audit trail follow`, async (who) => {
        const id = who === allowed[0] ? dossierId : await dossierAt(edge.from);
        const before = await stateOf(id);
        const actor = actorOf(who);

        const result = await move(actor.actor, id, edge.to, '  Note de transition  ');
        expect(result).toEqual({ ok: true, rowCount: 1, rows: [{ id, status: edge.to }] });

        const after = await stateOf(id);
        expect(after.status).toBe(edge.to);
        // submitted_at is stamped on (re)submission, decided_at on a decision; otherwise both are kept.
        if (edge.to === 'submitted') expect(after.recent_submit).toBe(true);
        else expect(after.submitted_at).toEqual(before.submitted_at);
        if (edge.to === 'approved' || edge.to === 'rejected') expect(after.recent_decision).toBe(true);
        else expect(after.decided_at).toEqual(before.decided_at);

        const history = await historyOf(id);
        expect(history).toHaveLength(2);
        expect(history[1]).toEqual({ from_status: edge.from, to_status: edge.to, changed_by: actor.id, note: 'Note de transition' });

        const audit = await auditOf('dossiers', id, 'dossier.status_changed');
        if (edge.by === 'staff') {
          expect(audit).toHaveLength(1);
          expect(audit[0]).toMatchObject({ actor_id: actor.id, details: { from: edge.from, to: edge.to } });
        } else {
          expect(audit).toEqual([]); // the candidate's own steps are not staff actions
        }
      });
    });
  }
});

describe('moves that are not edges', () => {
  const isEdge = (from: Status, to: Status) => EDGES.some((e) => e.from === from && e.to === to);

  it.each(STATUSES)('from %s, every other target is refused with 55000 for the candidate and the admin', async (from) => {
    const id = await dossierAt(from);
    const targets = STATUSES.filter((to) => !isEdge(from, to));
    expect(targets.length).toBeGreaterThan(0);
    for (const to of targets) {
      for (const who of ['candidate', 'admin', 'pro'] as const) {
        const result = await move(actorOf(who).actor, id, to);
        expect({ to, who, result }).toMatchObject({ to, who, result: { ok: false, code: '55000' } });
        if (!result.ok) expect(result.message).toMatch(/^Transition impossible/);
      }
    }
    expect((await stateOf(id)).status).toBe(from);
    expect(await historyOf(id)).toHaveLength(1);
    expect(await auditOf('dossiers', id, 'dossier.status_changed')).toEqual([]);
  });

  it('a closed dossier never reopens, whoever asks', async () => {
    const id = await dossierAt('closed');
    for (const to of STATUSES) {
      for (const who of ['candidate', 'pro', 'admin'] as const) {
        expect(await move(actorOf(who).actor, id, to)).toMatchObject({ ok: false, code: '55000' });
      }
    }
    expect((await stateOf(id)).status).toBe('closed');
  });

  it('the status column cannot be written directly, even by staff', async () => {
    const id = await dossierAt('draft');
    for (const who of ['candidate', 'pro', 'admin'] as const) {
      const result = await attempt(actorOf(who).actor, `update public.dossiers set status = 'approved' where id = $1`, [id]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
      const stamps = await attempt(actorOf(who).actor, `update public.dossiers set submitted_at = now() where id = $1`, [id]);
      expect(stamps).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await stateOf(id)).toMatchObject({ status: 'draft', submitted_at: null });
    expect(await historyOf(id)).toHaveLength(1);
  });

  it('a candidate dossier created through the API starts as a draft with its first timeline row', async () => {
    const result = await attempt<{ id: string }>(
      w.candidate.actor,
      `insert into public.dossiers (program_type, title) values ('study_permit', 'Permis d''études') returning id, status, candidate_id`,
    );
    expect(result).toMatchObject({ ok: true, rows: [{ status: 'draft', candidate_id: w.candidate.id }] });
    const id = result.ok ? result.rows[0].id : '';
    expect(await historyOf(id)).toEqual([{ from_status: null, to_status: 'draft', changed_by: w.candidate.id, note: null }]);
  });

  it('a closed dossier takes no new documents (55000)', async () => {
    const id = await dossierAt('closed');
    const result = await attempt(
      w.candidate.actor,
      `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes)
       values ($1, 'passport', 'passeport.pdf', 'application/pdf', 1000)`,
      [id],
    );
    expect(result).toMatchObject({ ok: false, code: '55000' });
    const { rows } = await owner(`select count(*)::int as n from public.documents where dossier_id = $1`, [id]);
    expect(rows[0].n).toBe(0);
  });
});

describe('deleting dossiers', () => {
  const exists = async (id: string) =>
    (await owner(`select 1 from public.dossiers where id = $1`, [id])).rowCount === 1;

  it('the candidate deletes their own draft', async () => {
    const id = await dossierAt('draft');
    const result = await attempt(w.candidate.actor, `delete from public.dossiers where id = $1`, [id]);
    expect(result).toMatchObject({ ok: true, rowCount: 1 });
    expect(await exists(id)).toBe(false);
  });

  it.each(STATUSES.filter((s) => s !== 'draft'))('the candidate cannot delete a %s dossier', async (status) => {
    const id = await dossierAt(status);
    const result = await attempt(w.candidate.actor, `delete from public.dossiers where id = $1`, [id]);
    expect(result).toMatchObject({ ok: true, rowCount: 0 });
    expect(await exists(id)).toBe(true);
  });

  it.each(['otherCandidate', 'pro', 'otherPro', 'admin'] as const)('%s cannot delete someone else\'s draft', async (who) => {
    const id = await dossierAt('draft');
    const result = await attempt(actorOf(who).actor, `delete from public.dossiers where id = $1`, [id]);
    expect(result).toMatchObject({ ok: true, rowCount: 0 });
    expect(await exists(id)).toBe(true);
  });
});
