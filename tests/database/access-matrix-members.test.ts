// Access matrix, part 1 of 3: member and reference tables (profiles, accounts, audit_log,
// document_kinds, program_requirements) × select/insert/update/delete × the seven callers.
// Each caller acts on the owning candidate's rows; the suspended candidate acts on their own.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ActorName, type MatrixRow, actorOf, matrixCases, namedCases, outcomeOf } from '../support/access-matrix.ts';
import { attempt, owner } from '../support/db.ts';
import { type World, createWorld } from '../support/world.ts';

// 'rows' allowed with rows · 'none' allowed, no row seen/affected · 'denied' 42501
const MATRIX: readonly MatrixRow[] = [
  // subject               op               anon      owner     otherCand. assignedPro unassigned admin     suspended
  ['profiles',             'select',        'denied', 'rows',   'rows',    'rows',     'rows',    'rows',   'none'],
  ['profiles',             'insert',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['profiles',             'update',        'denied', 'rows',   'none',    'none',     'none',    'none',   'none'],
  ['profiles',             'update role',   'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['profiles',             'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  // A suspended user still reads their own account: that is how the app shows the suspension.
  ['accounts',             'select',        'denied', 'rows',   'none',    'none',     'none',    'rows',   'rows'],
  ['accounts',             'insert',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['accounts',             'update',        'denied', 'rows',   'none',    'none',     'none',    'none',   'none'],
  ['accounts',             'update status', 'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['accounts',             'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['audit_log',            'select',        'denied', 'none',   'none',    'none',     'none',    'rows',   'none'],
  ['audit_log',            'insert',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['audit_log',            'update',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['audit_log',            'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  // Reference data is public (the home page lists what each program asks for).
  ['document_kinds',       'select',        'rows',   'rows',   'rows',    'rows',     'rows',    'rows',   'rows'],
  ['document_kinds',       'insert',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['document_kinds',       'update',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['document_kinds',       'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['program_requirements', 'select',        'rows',   'rows',   'rows',    'rows',     'rows',    'rows',   'rows'],
  ['program_requirements', 'insert',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['program_requirements', 'update',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['program_requirements', 'delete',        'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
];

// What each row attempts, as the end of a sentence ("<who> can …" / "<who> cannot …").
const DOING: Record<string, string> = {
  'profiles select': "read the candidate's public profile",
  'profiles insert': 'create a profile row',
  'profiles update': "rename the candidate's profile",
  'profiles update role': "change the candidate's role",
  'profiles delete': "delete the candidate's profile",
  'accounts select': "read the candidate's account",
  'accounts insert': 'create an account row',
  'accounts update': "change the candidate's preferences",
  'accounts update status': "change the candidate's account status",
  'accounts delete': "delete the candidate's account",
  'audit_log select': 'read an audit entry',
  'audit_log insert': 'write an audit entry',
  'audit_log update': 'edit an audit entry',
  'audit_log delete': 'delete an audit entry',
  'document_kinds select': 'read the passport document kind',
  'document_kinds insert': 'add a document kind',
  'document_kinds update': 'edit the passport document kind',
  'document_kinds delete': 'delete the passport document kind',
  'program_requirements select': 'read the Express Entry requirements',
  'program_requirements insert': 'add a program requirement',
  'program_requirements update': 'edit the Express Entry requirements',
  'program_requirements delete': 'delete the Express Entry requirements',
};

type Scene = World & { auditId: string };
type Action = (s: Scene, who: ActorName) => Promise<Parameters<typeof outcomeOf>[0]>;

/** The candidate's user id, or the suspended candidate's own. */
const userFor = (s: Scene, who: ActorName) => (who === 'suspended' ? s.suspended.id : s.candidate.id);
const run = (sql: string, params: (s: Scene, who: ActorName) => unknown[] = () => []): Action =>
  (s, who) => attempt(actorOf(s, who), sql, params(s, who));

const ACTIONS: Record<string, Action> = {
  'profiles select': run('select id, full_name, avatar_path, role from public.profiles where id = $1', (s, w) => [userFor(s, w)]),
  'profiles insert': run(`insert into public.profiles (id, full_name) values (coalesce(auth.uid(), gen_random_uuid()), 'Moi') returning id`),
  'profiles update': run(`update public.profiles set full_name = 'Nom modifié' where id = $1`, (s, w) => [userFor(s, w)]),
  'profiles update role': run(`update public.profiles set role = 'admin' where id = $1`, (s, w) => [userFor(s, w)]),
  'profiles delete': run('delete from public.profiles where id = $1', (s, w) => [userFor(s, w)]),
  'accounts select': run('select user_id, status from public.accounts where user_id = $1', (s, w) => [userFor(s, w)]),
  'accounts insert': run(`insert into public.accounts (user_id) values (coalesce(auth.uid(), gen_random_uuid())) returning user_id`),
  'accounts update': run(`update public.accounts set locale = 'fr-FR' where user_id = $1`, (s, w) => [userFor(s, w)]),
  'accounts update status': run(`update public.accounts set status = 'active' where user_id = $1`, (s, w) => [userFor(s, w)]),
  'accounts delete': run('delete from public.accounts where user_id = $1', (s, w) => [userFor(s, w)]),
  'audit_log select': run('select id, action from public.audit_log where id = $1', (s) => [s.auditId]),
  'audit_log insert': run(`insert into public.audit_log (actor_id, action, target_table, target_id)
    values (auth.uid(), 'dossier.assigned', 'dossiers', $1) returning id`, (s) => [s.dossier]),
  'audit_log update': run(`update public.audit_log set details = '{"edited": true}' where id = $1`, (s) => [s.auditId]),
  'audit_log delete': run('delete from public.audit_log where id = $1', (s) => [s.auditId]),
  'document_kinds select': run(`select code from public.document_kinds where code = 'passport'`),
  'document_kinds insert': run(`insert into public.document_kinds (code, label) values ('fake_kind', 'Faux') returning code`),
  'document_kinds update': run(`update public.document_kinds set validity_months = 1 where code = 'passport'`),
  'document_kinds delete': run(`delete from public.document_kinds where code = 'passport'`),
  'program_requirements select': run(`select kind from public.program_requirements where program_type = 'express_entry'`),
  'program_requirements insert': run(`insert into public.program_requirements (program_type, kind, position)
    values ('visitor_visa', 'medical_exam', 9) returning kind`),
  'program_requirements update': run(`update public.program_requirements set position = position + 10 where program_type = 'express_entry'`),
  'program_requirements delete': run(`delete from public.program_requirements where program_type = 'express_entry'`),
};

const CASES = matrixCases(MATRIX, DOING);

afterAll(() => console.log(`access matrix (members and reference tables): ${CASES.length} cases`));

describe.each([...new Set(MATRIX.map(([subject]) => subject))])('%s', (subject) => {
  let scene: Scene;

  beforeAll(async () => {
    const world = await createWorld();
    // An entry such as assign_dossier writes (definer functions are the only writers).
    const { rows } = await owner<{ id: string }>(
      `insert into public.audit_log (actor_id, action, target_table, target_id)
       values ($1, 'dossier.assigned', 'dossiers', $2) returning id::text`,
      [world.admin.id, world.dossier],
    );
    scene = { ...world, auditId: rows[0].id };
  });

  test.each(namedCases(CASES, subject))('%s', async (_name, { op, who, expected }) => {
    const result = await ACTIONS[`${subject} ${op}`](scene, who);
    expect(outcomeOf(result), JSON.stringify(result)).toBe(expected);
  });
});
