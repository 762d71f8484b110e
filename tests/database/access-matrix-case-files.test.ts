// Access matrix, part 2 of 3: case-file tables (dossiers, dossier_status_history, documents,
// messages) × select/insert/update/delete × the seven callers. Callers act on the owning
// candidate's dossier (in review, assigned to the pro); the suspended candidate acts on their own.
// Inserts return the new row, as supabase-js `.insert(...).select()` asks PostgREST to.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ActorName, type MatrixRow, actorOf, dossierFor, matrixCases, memberOf, namedCases, outcomeOf,
} from '../support/access-matrix.ts';
import { attempt } from '../support/db.ts';
import { type World, clearRateLimits, createDocument, createDossier, createMessage, createWorld } from '../support/world.ts';

// 'rows' allowed with rows · 'none' allowed, no row seen/affected · 'denied' 42501
const MATRIX: readonly MatrixRow[] = [
  // subject                 op               anon      owner     otherCand. assignedPro unassigned admin     suspended
  ['dossiers',               'select',        'denied', 'rows',   'none',    'rows',     'none',    'rows',   'none'],
  ['dossiers',               'insert',        'denied', 'rows',   'rows',    'denied',   'denied',  'denied', 'denied'],
  ['dossiers',               'update',        'denied', 'rows',   'none',    'none',     'none',    'none',   'none'],
  ['dossiers',               'update status', 'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['dossiers',               'delete',        'denied', 'rows',   'none',    'none',     'none',    'none',   'none'],
  ['dossier_status_history', 'select',        'denied', 'rows',   'none',    'rows',     'none',    'rows',   'none'],
  ['dossier_status_history', 'insert',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['dossier_status_history', 'update',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['dossier_status_history', 'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['documents',              'select',        'denied', 'rows',   'none',    'rows',     'none',    'rows',   'none'],
  ['documents',              'insert',        'denied', 'rows',   'denied',  'rows',     'denied',  'rows',   'denied'],
  ['documents',              'update',        'denied', 'rows',   'none',    'none',     'none',    'none',   'none'],
  ['documents',              'update status', 'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['documents',              'delete',        'denied', 'rows',   'none',    'none',     'none',    'rows',   'none'],
  // A staff message: the assigned pro's (in the suspended user's dossier, an admin's); its sender never stamps it
  // read, nor does an admin looking through the chat.
  ['messages',               'select',        'denied', 'rows',   'none',    'rows',     'none',    'rows',   'none'],
  ['messages',               'insert',        'denied', 'rows',   'denied',  'rows',     'denied',  'rows',   'denied'],
  ['messages',               'update',        'denied', 'rows',   'none',    'none',     'none',    'none',   'none'],
  ['messages',               'update body',   'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['messages',               'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
];

// What each row attempts, as the end of a sentence ("<who> can …" / "<who> cannot …").
const DOING: Record<string, string> = {
  'dossiers select': "read the candidate's dossier",
  'dossiers insert': 'open a dossier in their own name',
  'dossiers update': "retitle the candidate's dossier awaiting corrections",
  'dossiers update status': "set the status of the candidate's dossier directly",
  'dossiers delete': "delete the candidate's draft dossier",
  'dossier_status_history select': "read the timeline of the candidate's dossier",
  'dossier_status_history insert': "add a timeline entry to the candidate's dossier",
  'dossier_status_history update': "edit the timeline of the candidate's dossier",
  'dossier_status_history delete': "delete the timeline of the candidate's dossier",
  'documents select': "read a document of the candidate's dossier",
  'documents insert': "add a document to the candidate's dossier",
  'documents update': "change the expiry date of the candidate's pending document",
  'documents update status': "set the review status of the candidate's document directly",
  'documents delete': "withdraw the candidate's pending document",
  'messages select': "read a staff message in the candidate's dossier",
  'messages insert': "post a message in the candidate's dossier",
  'messages update': "mark a staff message in the candidate's dossier as read",
  'messages update body': "rewrite a staff message in the candidate's dossier",
  'messages delete': "delete a staff message in the candidate's dossier",
};

type Scene = World & { suspendedDocument: string; suspendedMessage: string };
type Action = (s: Scene, who: ActorName) => Promise<Parameters<typeof outcomeOf>[0]>;

const run = (sql: string, params: (s: Scene, who: ActorName) => unknown[] = () => []): Action =>
  (s, who) => attempt(actorOf(s, who), sql, params(s, who));
const mine = <T>(who: ActorName, theirs: T, suspendedOwn: T) => (who === 'suspended' ? suspendedOwn : theirs);

/** A dossier made for one case: the candidate's with the pro assigned, or the suspended user's own. */
const freshDossier = (s: Scene, who: ActorName, status: string) =>
  who === 'suspended' ? createDossier(s.suspended.id, { status }) : createDossier(s.candidate.id, { proId: s.pro.id, status });
/** A pending document made for one case, uploaded by the dossier's candidate. */
const freshDocument = async (s: Scene, who: ActorName) =>
  (await createDocument(dossierFor(s, who), mine(who, s.candidate.id, s.suspended.id))).id;
/** Writes are limited to one per second per user: each write case starts with a clean slate. */
const write = (action: Action): Action => async (s, who) => {
  const member = memberOf(s, who);
  if (member) await clearRateLimits(member.id);
  return action(s, who);
};

const ACTIONS: Record<string, Action> = {
  'dossiers select': run('select id from public.dossiers where id = $1', (s, w) => [dossierFor(s, w)]),
  'dossiers insert': run(`insert into public.dossiers (program_type, title) values ('study_permit', 'Permis d''études') returning id`),
  'dossiers update': async (s, who) =>
    attempt(actorOf(s, who), `update public.dossiers set title = 'Titre corrigé' where id = $1`, [
      await freshDossier(s, who, 'action_required'),
    ]),
  'dossiers update status': run(`update public.dossiers set status = 'approved' where id = $1`, (s, w) => [dossierFor(s, w)]),
  'dossiers delete': async (s, who) =>
    attempt(actorOf(s, who), 'delete from public.dossiers where id = $1', [await freshDossier(s, who, 'draft')]),
  'dossier_status_history select': run('select id from public.dossier_status_history where dossier_id = $1', (s, w) => [
    dossierFor(s, w),
  ]),
  'dossier_status_history insert': run(`insert into public.dossier_status_history (dossier_id, from_status, to_status)
    values ($1, 'in_review', 'approved') returning id`, (s, w) => [dossierFor(s, w)]),
  'dossier_status_history update': run(`update public.dossier_status_history set note = 'Réécrit' where dossier_id = $1`, (s, w) => [
    dossierFor(s, w),
  ]),
  'dossier_status_history delete': run('delete from public.dossier_status_history where dossier_id = $1', (s, w) => [
    dossierFor(s, w),
  ]),
  'documents select': run('select id from public.documents where id = $1', (s, w) => [mine(w, s.document.id, s.suspendedDocument)]),
  'documents insert': write(run(`insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes)
    values ($1, 'passport', 'passeport.pdf', 'application/pdf', 1024) returning id`, (s, w) => [dossierFor(s, w)])),
  'documents update': async (s, who) =>
    attempt(actorOf(s, who), `update public.documents set expires_on = date '2031-01-01' where id = $1`, [await freshDocument(s, who)]),
  'documents update status': run(`update public.documents set status = 'approved' where id = $1`, (s, w) => [
    mine(w, s.document.id, s.suspendedDocument),
  ]),
  'documents delete': async (s, who) =>
    attempt(actorOf(s, who), 'delete from public.documents where id = $1', [await freshDocument(s, who)]),
  'messages select': run('select id from public.messages where id = $1', (s, w) => [mine(w, s.message, s.suspendedMessage)]),
  'messages insert': write(run(`insert into public.messages (dossier_id, body) values ($1, 'Bonjour') returning id`, (s, w) => [
    dossierFor(s, w),
  ])),
  'messages update': async (s, who) => {
    // The pro writes to the candidate; the admin writes to the suspended candidate.
    const id = await createMessage(dossierFor(s, who), mine(who, s.pro.id, s.admin.id), 'Avez-vous vu ceci ?');
    return attempt(actorOf(s, who), 'update public.messages set read_at = now() where id = $1', [id]);
  },
  'messages update body': run(`update public.messages set body = 'Réécrit' where id = $1`, (s, w) => [
    mine(w, s.message, s.suspendedMessage),
  ]),
  'messages delete': run('delete from public.messages where id = $1', (s, w) => [mine(w, s.message, s.suspendedMessage)]),
};

const CASES = matrixCases(MATRIX, DOING);

afterAll(() => console.log(`access matrix (case-file tables): ${CASES.length} cases`));

describe.each([...new Set(MATRIX.map(([subject]) => subject))])('%s', (subject) => {
  let scene: Scene;

  beforeAll(async () => {
    const world = await createWorld();
    // What the suspended candidate had before the suspension: a document and a message from an admin.
    const suspendedDocument = (await createDocument(world.suspendedDossier, world.suspended.id)).id;
    const suspendedMessage = await createMessage(world.suspendedDossier, world.admin.id);
    scene = { ...world, suspendedDocument, suspendedMessage };
  });

  test.each(namedCases(CASES, subject))('%s', async (_name, { op, who, expected }) => {
    const result = await ACTIONS[`${subject} ${op}`](scene, who);
    expect(outcomeOf(result), JSON.stringify(result)).toBe(expected);
  });
});
