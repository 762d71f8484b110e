// Access matrix, the account RPCs: the admin's (analytics, roles, account status, assignment) and
// the member's privacy rights (export, erasure) × seven callers and the service role (the cast and
// the scene: tests/support/community-matrix.ts).
import { attemptRolledBack } from '../support/community.ts';
import { type Action, type RpcRow, actorOf, describeMatrix, run } from '../support/community-matrix.ts';

const RPCS: readonly RpcRow[] = [
  // function                     anon      member    other     pro       admin     suspended muted     service
  ['admin_analytics',             'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  // Access and erasure rights do not depend on the account's standing (docs/privacy.md).
  ['export_my_data',              'denied', 'rows',   'rows',   'rows',   'rows',   'rows',   'rows',   'denied'],
  ['erase_my_account',            'denied', 'rows',   'rows',   'rows',   'rows',   'rows',   'rows',   'denied'],
  ['set_user_role',               'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['set_account_status',          'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['assign_dossier',              'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
];

const DOING: Record<string, string> = {
  admin_analytics: 'read the admin analytics',
  export_my_data: 'export their data',
  erase_my_account: 'erase their account',
  set_user_role: "change a member's role",
  set_account_status: "change a member's account status",
  assign_dossier: 'assign a dossier to a pro',
};

const ACTIONS: Record<string, Action> = {
  'admin_analytics call': run('select public.admin_analytics() as analytics'),
  'export_my_data call': run('select public.export_my_data() as data'),
  'erase_my_account call': (s, who) => attemptRolledBack(actorOf(s, who), `select public.erase_my_account('SUPPRIMER')`),
  'set_user_role call': run(`select id from public.set_user_role($1, 'candidate')`, (s) => [s.target.id]),
  'set_account_status call': run(`select user_id from public.set_account_status($1, 'active')`, (s) => [s.target.id]),
  'assign_dossier call': run('select id from public.assign_dossier($1, $2)', (s) => [s.targetDossier, s.pro.id]),
};

describeMatrix('account RPCs', { rpcs: RPCS, doing: DOING, actions: ACTIONS });
