// Access matrix, the tasks chapter: tasks, their timeline and the reminder job's sent-tables ×
// select/insert/update/delete, and the task RPCs × the seven callers. Callers act on the owning
// candidate's dossier (in review, assigned to the pro); the suspended candidate acts on their own.
// Tasks are written only through the RPCs; each case gets a fresh task in the state it needs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ActorName, type MatrixRow, actorOf, dossierFor, matrixCases, namedCases, outcomeOf,
} from '../support/access-matrix.ts';
import { attempt, owner } from '../support/db.ts';
import { type World, createWorld } from '../support/world.ts';

// 'rows' allowed with rows · 'none' allowed, no row seen/affected · 'denied' 42501 · else the SQLSTATE
const MATRIX: readonly MatrixRow[] = [
  // subject                          op        anon      owner     otherCand. assignedPro unassignedPro admin     suspended
  ['tasks',                           'select', 'denied', 'rows',   'none',    'rows',     'none',       'rows',   'none'],
  ['tasks',                           'insert', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['tasks',                           'update', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['tasks',                           'delete', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['task_events',                     'select', 'denied', 'rows',   'none',    'rows',     'none',       'rows',   'none'],
  ['task_events',                     'insert', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['task_events',                     'update', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['task_events',                     'delete', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['task_reminders_sent',             'select', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['task_reminders_sent',             'insert', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['document_expiry_reminders_sent',  'select', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  ['document_expiry_reminders_sent',  'insert', 'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
  // The RPCs: staff give, reopen and cancel; the assignee ticks off (others are told it is not found).
  ['create_task',                     'call',   'denied', 'denied', 'denied',  'rows',     'denied',     'rows',   'denied'],
  ['complete_task',                   'call',   'denied', 'rows',   'P0002',   'P0002',    'P0002',      'P0002',  'denied'],
  ['reopen_task',                     'call',   'denied', 'denied', 'denied',  'rows',     'denied',     'rows',   'denied'],
  ['cancel_task',                     'call',   'denied', 'denied', 'denied',  'rows',     'denied',     'rows',   'denied'],
  ['enqueue_task_reminders',          'call',   'denied', 'denied', 'denied',  'denied',   'denied',     'denied', 'denied'],
];

const DOING: Record<string, string> = {
  'tasks select': "read a task of the candidate's dossier",
  'tasks insert': "write a task into the candidate's dossier directly",
  'tasks update': "mark a task of the candidate's dossier done directly",
  'tasks delete': "delete a task of the candidate's dossier",
  'task_events select': "read the task timeline of the candidate's dossier",
  'task_events insert': "add a task event to the candidate's dossier",
  'task_events update': "rewrite the task timeline of the candidate's dossier",
  'task_events delete': "delete the task timeline of the candidate's dossier",
  'task_reminders_sent select': 'read which task reminders went out',
  'task_reminders_sent insert': "mark a task reminder of the candidate's dossier as sent",
  'document_expiry_reminders_sent select': 'read which expiry reminders went out',
  'document_expiry_reminders_sent insert': "mark an expiry reminder of the candidate's document as sent",
  'create_task call': "give a task on the candidate's dossier",
  'complete_task call': "tick off the candidate's task",
  'reopen_task call': "reopen a done task of the candidate's dossier",
  'cancel_task call': "cancel an open task of the candidate's dossier",
  'enqueue_task_reminders call': 'run the reminder job',
};

type Action = (w: World, who: ActorName) => Promise<Parameters<typeof outcomeOf>[0]>;

/** A task of the caller's target dossier, for its candidate, arranged by the owner in `status`. */
async function freshTask(w: World, who: ActorName, status = 'open'): Promise<string> {
  const assignee = who === 'suspended' ? w.suspended.id : w.candidate.id;
  const { rows } = await owner<{ id: string }>(
    `insert into public.tasks (dossier_id, assignee_id, created_by, title, status, closed_at)
     values ($1, $2, $3, 'Tâche du tableau', $4::public.task_status, case when $4::public.task_status = 'open' then null else now() end) returning id`,
    [dossierFor(w, who), assignee, w.pro.id, status],
  );
  await owner(`insert into public.task_events (task_id, dossier_id, event) values ($1, $2, 'created')`, [rows[0]!.id, dossierFor(w, who)]);
  return rows[0]!.id;
}

const onTask = (sql: string, status = 'open'): Action => async (w, who) =>
  attempt(actorOf(w, who), sql, [await freshTask(w, who, status)]);
const onDossier = (sql: string): Action => (w, who) => attempt(actorOf(w, who), sql, [dossierFor(w, who)]);

const ACTIONS: Record<string, Action> = {
  'tasks select': onTask('select id from public.tasks where id = $1'),
  'tasks insert': (w, who) => attempt(actorOf(w, who), `insert into public.tasks (dossier_id, assignee_id, title)
    values ($1, $2, 'Écrite à la main') returning id`, [dossierFor(w, who), w.candidate.id]),
  'tasks update': onTask(`update public.tasks set status = 'done' where id = $1`),
  'tasks delete': onTask('delete from public.tasks where id = $1'),
  'task_events select': onTask('select id from public.task_events where task_id = $1'),
  'task_events insert': async (w, who) => attempt(actorOf(w, who), `insert into public.task_events (task_id, dossier_id, event)
    values ($1, $2, 'done') returning id`, [await freshTask(w, who), dossierFor(w, who)]),
  'task_events update': onTask(`update public.task_events set note = 'Réécrit' where task_id = $1`),
  'task_events delete': onTask('delete from public.task_events where task_id = $1'),
  'task_reminders_sent select': (w, who) => attempt(actorOf(w, who), 'select task_id from public.task_reminders_sent limit 1'),
  'task_reminders_sent insert': onTask(`insert into public.task_reminders_sent (task_id, lead) values ($1, 'day') returning task_id`),
  'document_expiry_reminders_sent select': (w, who) =>
    attempt(actorOf(w, who), 'select document_id from public.document_expiry_reminders_sent limit 1'),
  'document_expiry_reminders_sent insert': (w, who) => attempt(actorOf(w, who), `insert into public.document_expiry_reminders_sent
    (document_id, user_id, lead) values ($1, $2, '30d') returning document_id`, [w.document.id, w.candidate.id]),
  'create_task call': onDossier(`select id from public.create_task($1, 'Tâche du tableau')`),
  'complete_task call': onTask('select id from public.complete_task($1)'),
  'reopen_task call': onTask('select id from public.reopen_task($1)', 'done'),
  'cancel_task call': onTask('select id from public.cancel_task($1)'),
  'enqueue_task_reminders call': (w, who) => attempt(actorOf(w, who), `select public.enqueue_task_reminders('2026-11-25T14:00:00Z')`),
};

const CASES = matrixCases(MATRIX, DOING);

afterAll(() => console.log(`access matrix (tasks): ${CASES.length} cases`));

describe.each([...new Set(MATRIX.map(([subject]) => subject))])('%s', (subject) => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld();
  });

  test.each(namedCases(CASES, subject))('%s', async (_name, { op, who, expected }) => {
    const result = await ACTIONS[`${subject} ${op}`](world, who);
    expect(outcomeOf(result), JSON.stringify(result)).toBe(expected);
  });
});
