// The dossier workflow as each member lives it: who may take which edge of
// draft → submitted → in_review → (action_required ↔ submitted) → approved | rejected → closed,
// the timeline and audit it leaves, assignment, the document checklist and document review.
import { beforeAll, describe, expect, it } from 'vitest';
import { anon, attempt, owner, type Actor } from '../support/db.ts';
import { createDocument, createDossier, createMember, createWorld, type Member, type World } from '../support/world.ts';

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

async function auditOf(table: string, targetId: string, action: string) {
  const { rows } = await owner<{ actor_id: string | null; details: Record<string, unknown> }>(
    `select actor_id, details from public.audit_log where target_table = $1 and target_id = $2 and action = $3 order by id`,
    [table, targetId, action],
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
      if (!result.ok) expect(result.message).toMatch(/professionnel actif/);
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

describe('document checklist and readiness', () => {
  type Item = { kind: string; state: string; document_id: string | null };
  const checklist = async (actor: Actor, id: string) => {
    const result = await attempt<Item>(actor, `select kind, state, document_id from public.dossier_checklist($1)`, [id]);
    expect(result.ok).toBe(true);
    return result.ok ? result.rows : [];
  };
  const readiness = async (actor: Actor, id: string) => {
    const result = await attempt<{ pct: number }>(actor, `select public.dossier_readiness($1) as pct`, [id]);
    expect(result.ok).toBe(true);
    return result.ok ? result.rows[0].pct : undefined;
  };
  /** A document of `kind` in `status`, expiring `days` from today (null: no expiry). */
  async function doc(dossierId: string, kind: string, status: string, days: number | null) {
    const { id } = await createDocument(dossierId, w.candidate.id, { kind, status });
    await owner(`update public.documents set expires_on = current_date + $2::int where id = $1`, [id, days]);
    return id;
  }

  it('lists each required kind in order: approved, pending, rejected, missing, and a 25% readiness', async () => {
    // work_permit requires passport, employment_letter, police_certificate, photo.
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    const passport = await doc(id, 'passport', 'approved', 5 * 365);
    const letter = await doc(id, 'employment_letter', 'pending', null);
    const police = await doc(id, 'police_certificate', 'rejected', null);
    await doc(id, 'birth_certificate', 'approved', null); // not required by this program: not listed

    expect(await checklist(w.candidate.actor, id)).toEqual([
      { kind: 'passport', state: 'approved', document_id: passport },
      { kind: 'employment_letter', state: 'pending', document_id: letter },
      { kind: 'police_certificate', state: 'rejected', document_id: police },
      { kind: 'photo', state: 'missing', document_id: null },
    ]);
    expect(await readiness(w.candidate.actor, id)).toBe(25);
  });

  it('shows expiring (within 60 days) and expired documents; expiring still counts as ready', async () => {
    // visitor_visa requires passport, proof_of_funds, travel_history, photo.
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'visitor_visa', status: 'in_review' });
    await doc(id, 'passport', 'approved', 30);
    await doc(id, 'proof_of_funds', 'approved', -1);
    await doc(id, 'travel_history', 'pending', -10);
    await doc(id, 'photo', 'approved', 0); // valid through today

    const items = await checklist(w.pro.actor, id);
    expect(items.map((i) => [i.kind, i.state])).toEqual([
      ['passport', 'expiring'],
      ['proof_of_funds', 'expired'],
      ['travel_history', 'expired'],
      ['photo', 'expiring'],
    ]);
    expect(await readiness(w.pro.actor, id)).toBe(50);
  });

  it('the 60-day window: 59 days is expiring, 61 days is approved', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    await doc(id, 'passport', 'approved', 59);
    await doc(id, 'photo', 'approved', 61);
    const states = Object.fromEntries((await checklist(w.admin.actor, id)).map((i) => [i.kind, i.state]));
    expect(states).toMatchObject({ passport: 'expiring', photo: 'approved' });
  });

  it('an approved document wins over a newer rejected one of the same kind; all required approved is 100%', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    const passport = await doc(id, 'passport', 'approved', null);
    await doc(id, 'passport', 'rejected', null);
    for (const kind of ['employment_letter', 'police_certificate', 'photo']) await doc(id, kind, 'approved', 400);
    const items = await checklist(w.candidate.actor, id);
    expect(items[0]).toEqual({ kind: 'passport', state: 'approved', document_id: passport });
    expect(items.every((i) => i.state === 'approved')).toBe(true);
    expect(await readiness(w.candidate.actor, id)).toBe(100);
  });

  it('a dossier without documents is 0% ready with every kind missing', async () => {
    const id = await createDossier(w.candidate.id, { programType: 'citizenship' });
    const items = await checklist(w.candidate.actor, id);
    expect(items.map((i) => i.kind)).toEqual(['passport', 'language_test', 'physical_presence', 'tax_documents']);
    expect(items.every((i) => i.state === 'missing')).toBe(true);
    expect(await readiness(w.candidate.actor, id)).toBe(0);
  });

  it('outsiders get no checklist of someone else\'s dossier', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    await doc(id, 'passport', 'approved', null);
    expect(await checklist(w.otherCandidate.actor, id)).toEqual([]);
    expect(await checklist(w.otherPro.actor, id)).toEqual([]);
    expect(await readiness(w.otherCandidate.actor, id)).toBe(0);
    expect(await checklist(w.candidate.actor, id)).toHaveLength(4);
  });
});

describe('document review', () => {
  const review = (actor: Actor, documentId: string, decision: string, reason: string | null = null) =>
    attempt(actor, `select status, rejection_reason, reviewed_by from public.review_document($1, $2, $3)`, [
      documentId,
      decision,
      reason,
    ]);
  const docState = async (id: string) =>
    (
      await owner<{ status: string; rejection_reason: string | null; reviewed_by: string | null; recently: boolean }>(
        `select status, rejection_reason, reviewed_by, coalesce(reviewed_at > now() - interval '1 minute', false) as recently
           from public.documents where id = $1`,
        [id],
      )
    ).rows[0];
  const pendingDoc = async () => (await createDocument(w.dossier, w.candidate.id)).id;

  it('the assigned pro approves a document; reviewer, time and audit are recorded', async () => {
    const id = await pendingDoc();
    expect(await review(w.pro.actor, id, 'approved')).toEqual({
      ok: true,
      rowCount: 1,
      rows: [{ status: 'approved', rejection_reason: null, reviewed_by: w.pro.id }],
    });
    expect(await docState(id)).toEqual({ status: 'approved', rejection_reason: null, reviewed_by: w.pro.id, recently: true });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([
      { actor_id: w.pro.id, details: { decision: 'approved', reason: null } },
    ]);
  });

  it('an admin rejects a document with a reason, kept trimmed', async () => {
    const id = await pendingDoc();
    const result = await review(w.admin.actor, id, 'rejected', '  Document illisible  ');
    expect(result).toMatchObject({ ok: true, rows: [{ status: 'rejected', rejection_reason: 'Document illisible' }] });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([
      { actor_id: w.admin.id, details: { decision: 'rejected', reason: 'Document illisible' } },
    ]);
  });

  it('a rejection without a reason is refused (22023) and leaves the document pending', async () => {
    const id = await pendingDoc();
    for (const reason of [null, '', '   ']) {
      const result = await review(w.pro.actor, id, 'rejected', reason);
      expect(result).toMatchObject({ ok: false, code: '22023' });
      if (!result.ok) expect(result.message).toMatch(/motif est requis/);
    }
    expect(await docState(id)).toMatchObject({ status: 'pending', reviewed_by: null });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([]);
  });

  it('"pending" is not a decision (22023)', async () => {
    const id = await pendingDoc();
    expect(await review(w.pro.actor, id, 'pending')).toMatchObject({ ok: false, code: '22023' });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([]);
  });

  it('approving after a rejection clears the old reason', async () => {
    const id = await pendingDoc();
    expect(await review(w.pro.actor, id, 'rejected', 'Flou')).toMatchObject({ ok: true });
    expect(await review(w.pro.actor, id, 'approved')).toMatchObject({ ok: true, rows: [{ rejection_reason: null }] });
    expect(await auditOf('documents', id, 'document.reviewed')).toHaveLength(2);
  });

  it.each(['candidate', 'otherCandidate', 'otherPro', 'suspended'] as const)('%s cannot review (42501)', async (who) => {
    const id = await pendingDoc();
    for (const [decision, reason] of [['approved', null], ['rejected', 'Non conforme']] as const) {
      expect(await review(actorOf(who).actor, id, decision, reason)).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await docState(id)).toMatchObject({ status: 'pending', reviewed_by: null });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([]);
  });
});
