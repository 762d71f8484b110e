// Access matrix, notifications and the email outbox × select/insert/update/delete × seven callers,
// then the RPCs that read them or send the emails × the same callers and the service role (the cast
// and the scene: tests/support/community-matrix.ts).
import { attemptRolledBack, createNotification } from '../support/community.ts';
import { type Query, attempt } from '../support/db.ts';
import {
  type Action, type RpcRow, type TableRow, actorOf, describeMatrix, own, ownerOf, run, self,
} from '../support/community-matrix.ts';

const TABLES: readonly TableRow[] = [
  // subject               op                  anon      member    other     pro       admin     suspended muted
  // Notifications are private, admins included.
  ['notifications',        'select',           'denied', 'rows',   'none',   'none',   'none',   'none',   'rows'],
  ['notifications',        'insert',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['notifications',        'update',           'denied', 'rows',   'none',   'none',   'none',   'none',   'rows'],
  ['notifications',        'update text',      'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['notifications',        'delete',           'denied', 'rows',   'none',   'none',   'none',   'none',   'rows'],
  ['email_outbox',         'select',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['email_outbox',         'insert',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['email_outbox',         'update',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['email_outbox',         'delete',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
];

const RPCS: readonly RpcRow[] = [
  // function                     anon      member    other     pro       admin     suspended muted     service
  // The send-emails function runs as the service role; nobody else.
  ['claim_email_batch',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['mark_email_sent',             'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['mark_email_failed',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['mark_all_notifications_read', 'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
];

const DOING: Record<string, string> = {
  'notifications select': "read the member's notification",
  'notifications insert': 'write a notification',
  'notifications update': "mark the member's notification read",
  'notifications update text': "rewrite the member's notification",
  'notifications delete': "clear the member's notification",
  'email_outbox select': "read the member's queued emails",
  'email_outbox insert': 'queue an email',
  'email_outbox update': "mark the member's queued emails sent",
  'email_outbox delete': "drop the member's queued emails",
  claim_email_batch: 'claim a batch of queued emails',
  mark_email_sent: 'mark a claimed email sent',
  mark_email_failed: 'mark a claimed email failed',
  mark_all_notifications_read: 'mark all their notifications read',
};

/** An email row only this transaction sees, with an id below every real one so a claim takes it first. */
const outboxRow = (id: number, status: 'pending' | 'sending') => async (q: Query) => {
  await q.query(
    `insert into public.email_outbox (id, to_email, template, status, locked_at)
     overriding system value values ($1, 'matrice@example.test', 'event_reminder', $2::public.email_status,
       case when $2::text = 'sending' then now() end)`,
    [id, status],
  );
};
const negativeId = () => -1 - Math.floor(Math.random() * 1e12);

const ACTIONS: Record<string, Action> = {
  'notifications select': run('select id from public.notifications where id = $1', (s, w) => [own(s, w).notification]),
  'notifications insert': run(`insert into public.notifications (user_id, kind, title)
    values ($1, 'message_received', 'Message inventé') returning id`, (s, w) => [ownerOf(s, w).id]),
  'notifications update': async (s, who) =>
    attempt(actorOf(s, who), 'update public.notifications set read_at = now() where id = $1', [await createNotification(ownerOf(s, who).id)]),
  'notifications update text': run(`update public.notifications set title = 'Réécrit' where id = $1`, (s, w) => [own(s, w).notification]),
  'notifications delete': async (s, who) =>
    attempt(actorOf(s, who), 'delete from public.notifications where id = $1', [await createNotification(ownerOf(s, who).id)]),

  'email_outbox select': run('select id from public.email_outbox where user_id = $1', (s, w) => [ownerOf(s, w).id]),
  'email_outbox insert': run(`insert into public.email_outbox (user_id, to_email, template)
    values ($1, 'pirate@example.test', 'event_reminder') returning id`, (s, w) => [ownerOf(s, w).id]),
  'email_outbox update': run(`update public.email_outbox set status = 'sent' where user_id = $1`, (s, w) => [ownerOf(s, w).id]),
  'email_outbox delete': run('delete from public.email_outbox where user_id = $1', (s, w) => [ownerOf(s, w).id]),

  // RPCs
  'claim_email_batch call': (s, who) => {
    const id = negativeId();
    return attemptRolledBack(actorOf(s, who), 'select id from public.claim_email_batch(1)', [], outboxRow(id, 'pending'));
  },
  'mark_email_sent call': (s, who) => {
    const id = negativeId();
    return attemptRolledBack(actorOf(s, who), 'select public.mark_email_sent($1)', [id], outboxRow(id, 'sending'));
  },
  'mark_email_failed call': (s, who) => {
    const id = negativeId();
    return attemptRolledBack(actorOf(s, who), `select s from public.mark_email_failed($1, 'Délai dépassé') s where s is not null`, [id],
      outboxRow(id, 'sending'));
  },
  'mark_all_notifications_read call': async (s, who) => {
    const me = self(s, who);
    if (me) await createNotification(me.id);
    return attempt(actorOf(s, who), 'select n from public.mark_all_notifications_read() n where n > 0');
  },
};

describeMatrix('notifications', { tables: TABLES, rpcs: RPCS, doing: DOING, actions: ACTIONS });
