// A small cast for database tests: two candidates, the pro assigned to the first one's dossier,
// an unassigned pro, an admin, and a suspended candidate, each with consent recorded at sign-up.
import { randomUUID } from 'node:crypto';
import { signUp } from './auth.ts';
import { owner, user, type Actor } from './db.ts';

export const TERMS_VERSION = '2026-11';

export type Member = { id: string; email: string; actor: Actor };
export type MemberOptions = {
  role?: 'candidate' | 'pro' | 'admin';
  status?: 'active' | 'suspended';
  consent?: boolean;
  fullName?: string;
};

/** Signs a member up as Supabase Auth would, then sets what only an admin could (role, status). */
export async function createMember(options: MemberOptions = {}): Promise<Member> {
  const { role = 'candidate', status = 'active', consent = true } = options;
  const metadata = consent ? { terms_version: TERMS_VERSION } : {};
  const { id, email } = await signUp({ fullName: options.fullName ?? `Membre ${role}`, metadata });
  if (role !== 'candidate') await owner('update public.profiles set role = $2 where id = $1', [id, role]);
  if (status !== 'active') await owner('update public.accounts set status = $2 where user_id = $1', [id, status]);
  return { id, email, actor: user(id, { email }) };
}

export type DossierOptions = { proId?: string | null; status?: string; programType?: string; title?: string };

/** A dossier written by the owner role (no workflow checks), for arranging a test. */
export async function createDossier(candidateId: string, options: DossierOptions = {}): Promise<string> {
  const { rows } = await owner<{ id: string }>(
    `insert into public.dossiers (candidate_id, pro_id, program_type, title, status)
     values ($1, $2, $3, $4, $5) returning id`,
    [candidateId, options.proId ?? null, options.programType ?? 'express_entry', options.title ?? 'Dossier de test',
      options.status ?? 'draft'],
  );
  return rows[0].id;
}

export type DocumentOptions = { status?: string; kind?: string | null; fileName?: string; mimeType?: string };

export async function createDocument(dossierId: string, uploadedBy: string, options: DocumentOptions = {}) {
  const status = options.status ?? 'pending';
  const { rows } = await owner<{ id: string; storage_path: string }>(
    `insert into public.documents (dossier_id, uploaded_by, kind, file_name, mime_type, size_bytes, status, rejection_reason)
     values ($1, $2, $3, $4, $5, 1024, $6::public.document_status, case when $6::public.document_status = 'rejected' then 'Illisible' end)
     returning id, storage_path`,
    [dossierId, uploadedBy, options.kind === undefined ? 'passport' : options.kind, options.fileName ?? `${randomUUID()}.pdf`,
      options.mimeType ?? 'application/pdf', status],
  );
  return rows[0];
}

/** The upload that matches a row createDocument() wrote: the type and size it declares. */
export const pdf = { mimetype: 'application/pdf', size: 1024 };

export async function createMessage(dossierId: string, senderId: string, body = 'Bonjour') {
  const { rows } = await owner<{ id: string }>(
    'insert into public.messages (dossier_id, sender_id, body) values ($1, $2, $3) returning id',
    [dossierId, senderId, body],
  );
  return rows[0].id;
}

/** Lets a member write again at once (the per-user write limit is one per second). */
export async function clearRateLimits(userId: string): Promise<void> {
  await owner('delete from private.rate_limits where user_id = $1', [userId]);
}

export type World = Awaited<ReturnType<typeof createWorld>>;

export async function createWorld() {
  const [candidate, otherCandidate, pro, otherPro, admin, suspended] = await Promise.all([
    createMember({ fullName: 'Candidate Propriétaire' }),
    createMember({ fullName: 'Autre Candidate' }),
    createMember({ role: 'pro', fullName: 'Pro Assignée' }),
    createMember({ role: 'pro', fullName: 'Pro Non Assigné' }),
    createMember({ role: 'admin', fullName: 'Admin' }),
    createMember({ fullName: 'Candidat Suspendu' }),
  ]);
  const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
  const otherDossier = await createDossier(otherCandidate.id);
  const suspendedDossier = await createDossier(suspended.id);
  const document = await createDocument(dossier, candidate.id);
  const message = await createMessage(dossier, pro.id);
  await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [suspended.id]);
  return { candidate, otherCandidate, pro, otherPro, admin, suspended, dossier, otherDossier, suspendedDossier, document, message };
}
