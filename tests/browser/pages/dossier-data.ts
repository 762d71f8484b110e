// Rows the dossier screens read, shaped as PostgREST returns them for the app's selects (embeds
// included), and the fixtures that serve a dossier's page. Typed by web/lib/database.types.ts.
import { json, rest, type FunctionResult, type Row, type StandIn, type StandInResponse } from '../stand-in/index.ts';
import type { Person } from '../support/people.ts';

export const DOSSIER_ID = '44444444-4444-4444-8444-000000000001';
const AT = '2026-11-20T14:00:00.000+00:00';

type Face = { id: string; full_name: string; avatar_path: string | null };
export type DossierDetailRow = Omit<Row<'dossiers'>, 'candidate_unread_count' | 'pro_unread_count'> & { candidate: Face | null; pro: Face | null };
export type HistoryRow = Pick<Row<'dossier_status_history'>, 'id' | 'from_status' | 'to_status' | 'note' | 'created_at'> & {
  author: { full_name: string; role: Row<'profiles'>['role'] } | null;
};
export type DocumentRow = Omit<Row<'documents'>, 'updated_at' | 'reviewed_by'>;
export type ChecklistRow = FunctionResult<'dossier_checklist'>[number];
export type NextStepRow = FunctionResult<'dossier_next_step'>[number];
export type TaskRow = Pick<Row<'tasks'>, 'id' | 'dossier_id' | 'assignee_id' | 'title' | 'note' | 'due_on' | 'document_kind' | 'document_id' | 'status' | 'reason' | 'created_at'> & {
  kind: { label: string } | null;
};
export type TaskEventRow = Pick<Row<'task_events'>, 'id' | 'event' | 'note' | 'created_at'> & {
  task: { title: string } | null;
  actor: { full_name: string; role: Row<'profiles'>['role'] } | null;
};

const face = (p: Person): Face => ({ id: p.user.id, full_name: p.profile.full_name, avatar_path: null });

export function dossierRow(candidate: Person, pro: Person | null, overrides: Partial<Row<'dossiers'>> = {}): DossierDetailRow {
  return {
    id: DOSSIER_ID,
    candidate_id: candidate.user.id,
    pro_id: pro?.user.id ?? null,
    program_type: 'express_entry',
    title: 'Résidence permanente – Entrée express',
    description: 'Profil Entrée express, catégorie travailleurs qualifiés du fédéral.',
    status: 'in_review',
    submitted_at: '2026-10-10T14:00:00.000+00:00',
    decided_at: null,
    created_at: '2026-10-01T14:00:00.000+00:00',
    updated_at: AT,
    ...overrides,
    candidate: face(candidate),
    pro: pro ? face(pro) : null,
  };
}

export function documentRow(uploader: Person, overrides: Partial<DocumentRow> & Pick<DocumentRow, 'id' | 'file_name'>): DocumentRow {
  return {
    dossier_id: DOSSIER_ID,
    kind: 'passport',
    storage_path: `${DOSSIER_ID}/${overrides.id}/${overrides.file_name}`,
    mime_type: 'application/pdf',
    size_bytes: 482133,
    status: 'pending',
    rejection_reason: null,
    reviewed_at: null,
    expires_on: null,
    uploaded_by: uploader.user.id,
    created_at: AT,
    ...overrides,
  };
}

export function messageRow(sender: Person, overrides: Partial<Row<'messages'>> & Pick<Row<'messages'>, 'id' | 'body'>): Row<'messages'> {
  return { dossier_id: DOSSIER_ID, sender_id: sender.user.id, attachment_document_id: null, read_at: null, created_at: AT, ...overrides };
}

export const DOCUMENT_KINDS: Pick<Row<'document_kinds'>, 'code' | 'label' | 'validity_months'>[] = [
  { code: 'passport', label: 'Passeport', validity_months: null },
  { code: 'language_test', label: 'Résultats de test de langue (TEF, TCF, IELTS, CELPIP)', validity_months: 24 },
  { code: 'police_certificate', label: 'Certificat de police', validity_months: 12 },
  { code: 'photo', label: "Photo d’identité", validity_months: 6 },
];

export function checklist(states: Partial<Record<string, string>> = {}): ChecklistRow[] {
  const kind = (code: string, label: string, validity: number | null): ChecklistRow => ({
    kind: code, label, validity_months: validity as number, state: states[code] ?? 'missing',
    document_id: null as unknown as string, expires_on: null as unknown as string,
  });
  return [
    kind('passport', 'Passeport', null),
    kind('language_test', 'Résultats de test de langue (TEF, TCF, IELTS, CELPIP)', 24),
    kind('police_certificate', 'Certificat de police', 12),
    kind('photo', "Photo d’identité", 6),
  ];
}

/** A GET answer of rows in any shape the select asks for (embeds), with PostgREST's range. */
export function rows(body: unknown[]): StandInResponse {
  return { status: 200, headers: { 'content-range': body.length === 0 ? '*/*' : `0-${body.length - 1}/*` }, body };
}

/** A `count=exact, head: true` answer: no rows, the count in Content-Range. */
export function count(n: number): StandInResponse {
  return { status: 200, headers: { 'content-range': `*/${n}` } };
}

/** A row of public.dossier_next_step; the screens' fixtures give the one its rules derive from their data. */
export function nextStepRow(overrides: Partial<NextStepRow> & Pick<NextStepRow, 'action' | 'actor'>): NextStepRow {
  const none = null as unknown as string; // SQL nulls, typed as the generated types have them
  return { due_on: none, task_id: none, task_title: none, documents: null as unknown as string[], ...overrides };
}

export type DossierPageData = {
  dossier: DossierDetailRow;
  viewer: Person;
  documents?: DocumentRow[];
  messages?: Row<'messages'>[];
  history?: HistoryRow[];
  checklist?: ChecklistRow[];
  readiness?: number;
  unread?: number;
  tasks?: TaskRow[];
  taskEvents?: TaskEventRow[];
  /** What public.dossier_next_step answers; none (no card) unless given. */
  nextStep?: NextStepRow;
  /** The assigned pro's CICC licence number (public.profiles.licence_number). */
  licence?: string | null;
  /** public.pro_reply_minutes: null while too few replies. */
  replyMinutes?: number | null;
};

/** Everything a dossier's page may read, whatever tab it opens on. */
export function serveDossierPage(standIn: StandIn, data: DossierPageData): void {
  const id = data.dossier.id;
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { id: `eq.${id}` } }, rows([data.dossier]));
  standIn.on({ method: 'HEAD', path: '/rest/v1/messages', query: { dossier_id: `eq.${id}`, read_at: 'is.null', sender_id: `neq.${data.viewer.user.id}` } }, count(data.unread ?? 0));
  standIn.on({ method: 'GET', path: '/rest/v1/messages', query: { dossier_id: `eq.${id}` } }, rows([...(data.messages ?? [])].reverse()));
  standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${id}` } }, rows(data.documents ?? []));
  standIn.on({ method: 'GET', path: '/rest/v1/document_kinds' }, rows(DOCUMENT_KINDS));
  standIn.on({ method: 'GET', path: '/rest/v1/dossier_status_history', query: { dossier_id: `eq.${id}` } }, rows(data.history ?? []));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/dossier_checklist' }, rest.rpc('dossier_checklist', data.checklist ?? checklist()));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/dossier_readiness' }, rest.rpc('dossier_readiness', data.readiness ?? 0));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/dossier_next_step' }, rest.rpc('dossier_next_step', data.nextStep ? [data.nextStep] : []));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/mark_dossier_messages_read' }, rest.rpc('mark_dossier_messages_read', data.unread ?? 0));
  standIn.on({ method: 'GET', path: '/rest/v1/tasks', query: { dossier_id: `eq.${id}` } }, rows(data.tasks ?? []));
  standIn.on({ method: 'GET', path: '/rest/v1/task_events', query: { dossier_id: `eq.${id}` } }, rows(data.taskEvents ?? []));
  const pro = data.dossier.pro;
  if (pro) {
    // The consultant card: `.single()` on profiles (its own select: the viewer's profile is another read), then the reply time.
    standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: `eq.${pro.id}`, select: 'id,full_name,avatar_path,licence_number' } },
      json({ ...pro, licence_number: data.licence === undefined ? 'R512345' : data.licence }));
    standIn.on({ method: 'POST', path: '/rest/v1/rpc/pro_reply_minutes' }, rest.rpc('pro_reply_minutes', data.replyMinutes === undefined ? 150 : data.replyMinutes as number));
  }
}

/** The single object PostgREST answers to `.insert(...).select(...).single()`. */
export const created = (row: unknown): StandInResponse => json(row, 201);

/** The Realtime topic the app joins for a dossier (realtime-js prefixes `realtime:`). */
export const dossierTopic = (id = DOSSIER_ID) => `realtime:dossier:${id}`;

/** A message change as realtime.broadcast_changes sends it on dossier:<id>. */
export function messageBroadcast(operation: 'INSERT' | 'UPDATE', record: Row<'messages'>, oldRecord: Row<'messages'> | null = null) {
  return { operation, table: 'messages', schema: 'public', record, old_record: oldRecord };
}
