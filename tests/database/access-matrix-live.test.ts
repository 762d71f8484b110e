// Access matrix, Live: events, their join links, registrations and sent reminders ×
// select/insert/update/delete × seven callers, then Live's RPCs × the same callers and the service
// role (the cast and the scene: tests/support/community-matrix.ts).
import { attemptRolledBack, createEvent, createPost, createRegistration } from '../support/community.ts';
import { attempt } from '../support/db.ts';
import {
  type Action, type RpcRow, type TableRow, actorOf, describeMatrix, ownerOf, run, self, write,
} from '../support/community-matrix.ts';

const TABLES: readonly TableRow[] = [
  // subject               op                  anon      member    other     pro       admin     suspended muted
  // Visitors see the programme; a suspended account sees nothing, not even that.
  ['events',               'select',           'rows',   'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  ['events',               'select cancelled', 'none',   'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  ['events',               'insert',           'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied'],
  ['events',               'update',           'denied', 'none',   'none',   'none',   'rows',   'none',   'none'],
  ['events',               'update counts',    'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  // Cancelling goes through cancel_event (registrants are told), even for admins.
  ['events',               'update cancel',    'denied', 'none',   'none',   'none',   'denied', 'none',   'none'],
  ['events',               'delete',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_join_links',     'select',           'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['event_join_links',     'insert',           'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied'],
  ['event_join_links',     'update',           'denied', 'none',   'none',   'none',   'rows',   'none',   'none'],
  ['event_join_links',     'delete',           'denied', 'none',   'none',   'none',   'rows',   'none',   'none'],
  ['event_registrations',  'select',           'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['event_registrations',  'insert',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_registrations',  'update',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_registrations',  'delete',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_reminders_sent', 'select',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_reminders_sent', 'insert',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_reminders_sent', 'update',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['event_reminders_sent', 'delete',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
];

const RPCS: readonly RpcRow[] = [
  // function                     anon      member    other     pro       admin     suspended muted     service
  ['register_for_event',          'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'rows',   'denied'],
  ['unregister_from_event',       'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'rows',   'denied'],
  ['event_waitlist_position',     'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['cancel_event',                'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['event_attendees',             'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  // The scheduler runs as the service role; nobody else.
  ['enqueue_event_reminders',     'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['complete_ended_events',       'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
];

const DOING: Record<string, string> = {
  'events select': 'see a scheduled event',
  'events select cancelled': 'see a cancelled event',
  'events insert': 'create an event',
  'events update': 'retitle an event',
  'events update counts': 'rewrite the seat counts of an event',
  'events update cancel': 'cancel an event by writing its status',
  'events delete': 'delete an event',
  'event_join_links select': 'read the join link of the event the member registered for',
  'event_join_links insert': 'add the join link of an event',
  'event_join_links update': 'change the join link of an event',
  'event_join_links delete': 'remove the join link of an event',
  'event_registrations select': "see the member's registration",
  'event_registrations insert': 'take a seat by writing a registration',
  'event_registrations update': 'move a waitlist place to a seat by writing the row',
  'event_registrations delete': "delete the member's registration by hand",
  'event_reminders_sent select': 'read which reminders went out',
  'event_reminders_sent insert': 'mark a reminder as sent',
  'event_reminders_sent update': 'rewrite a sent reminder',
  'event_reminders_sent delete': 'forget a sent reminder',
  register_for_event: 'register for an event',
  unregister_from_event: 'give up their seat at an event',
  event_waitlist_position: 'learn their place on a waitlist',
  cancel_event: 'cancel an event',
  event_attendees: 'list the attendees of an event',
  enqueue_event_reminders: 'enqueue the due event reminders',
  complete_ended_events: 'mark the ended events completed',
};

const ACTIONS: Record<string, Action> = {
  'events select': run('select id from public.events where id = $1', (s) => [s.event]),
  'events select cancelled': run('select id from public.events where id = $1', (s) => [s.cancelledEvent]),
  'events insert': run(`insert into public.events (title, starts_at, ends_at, capacity)
    values ('Nouveau webinaire', now() + interval '7 days', now() + interval '7 days 1 hour', 10) returning id`),
  'events update': run(`update public.events set title = 'Titre revu' where id = $1`, (s) => [s.event]),
  'events update counts': run('update public.events set registered_count = 0, waitlist_count = 0 where id = $1', (s) => [s.event]),
  'events update cancel': async (s, who) =>
    attempt(actorOf(s, who), `update public.events set status = 'cancelled' where id = $1`, [await createEvent()]),
  'events delete': run('delete from public.events where id = $1', (s) => [s.event]),

  'event_join_links select': run('select join_url from public.event_join_links where event_id = $1', (s) => [s.event]),
  'event_join_links insert': async (s, who) =>
    attempt(actorOf(s, who), `insert into public.event_join_links (event_id, join_url) values ($1, 'https://zoom.us/j/42') returning event_id`,
      [await createEvent({ joinUrl: null })]),
  'event_join_links update': run(`update public.event_join_links set join_url = 'https://zoom.us/j/43' where event_id = $1`, (s) => [
    s.event,
  ]),
  'event_join_links delete': async (s, who) =>
    attempt(actorOf(s, who), 'delete from public.event_join_links where event_id = $1', [await createEvent()]),

  'event_registrations select': run('select id from public.event_registrations where event_id = $1 and user_id = $2', (s, w) => [
    s.event, ownerOf(s, w).id,
  ]),
  'event_registrations insert': run(`insert into public.event_registrations (event_id, user_id, status)
    values ($1, coalesce(auth.uid(), $2), 'registered') returning id`, (s) => [s.openEvent, s.member.id]),
  'event_registrations update': run(`update public.event_registrations set status = 'registered', promoted_at = now()
    where event_id = $1 and user_id = $2`, (s, w) => [s.event, ownerOf(s, w).id]),
  'event_registrations delete': run('delete from public.event_registrations where event_id = $1 and user_id = $2', (s, w) => [
    s.event, ownerOf(s, w).id,
  ]),

  'event_reminders_sent select': run('select event_id from public.event_reminders_sent where event_id = $1', (s) => [s.event]),
  'event_reminders_sent insert': run(`insert into public.event_reminders_sent (event_id, user_id, lead) values ($1, $2, '24h')`, (s, w) => [
    s.event, ownerOf(s, w).id,
  ]),
  'event_reminders_sent update': run(`update public.event_reminders_sent set lead = '1h' where event_id = $1`, (s) => [s.event]),
  'event_reminders_sent delete': run('delete from public.event_reminders_sent where event_id = $1', (s) => [s.event]),

  // RPCs
  'register_for_event call': write(run('select id from public.register_for_event($1)', (s) => [s.openEvent])),
  'unregister_from_event call': write(async (s, who) => {
    const event = await createEvent();
    const me = self(s, who);
    if (me) await createRegistration(event, me.id);
    return attempt(actorOf(s, who), 'select public.unregister_from_event($1)', [event]);
  }),
  'event_waitlist_position call': async (s, who) => {
    const event = await createEvent({ capacity: 1 });
    await createRegistration(event, s.bystander.id);
    const me = self(s, who);
    if (me) await createRegistration(event, me.id, 'waitlisted');
    return attempt(actorOf(s, who), 'select p from public.event_waitlist_position($1) p where p > 0', [event]);
  },
  'cancel_event call': async (s, who) =>
    attempt(actorOf(s, who), `select id from public.cancel_event($1, 'Intervenante malade')`, [await createEvent()]),
  'event_attendees call': run('select user_id from public.event_attendees($1)', (s) => [s.event]),
  'enqueue_event_reminders call': (s, who) =>
    attemptRolledBack(actorOf(s, who), 'select n from public.enqueue_event_reminders() n where n > 0', [], async (q) => {
      // A reminder falls due inside this transaction only: an event in two hours with one registrant.
      const { rows } = await q.query<{ id: string }>(`insert into public.events (title, starts_at, ends_at)
        values ('Bientôt', now() + interval '2 hours', now() + interval '3 hours') returning id`);
      await q.query(`insert into public.event_registrations (event_id, user_id, status) values ($1, $2, 'registered')`, [
        rows[0].id, s.bystander.id,
      ]);
    }),
  'complete_ended_events call': (s, who) =>
    attemptRolledBack(actorOf(s, who), 'select n from public.complete_ended_events() n where n > 0', [], async (q) => {
      // An event that ended an hour ago, inside this transaction only.
      await q.query(`insert into public.events (title, starts_at, ends_at)
        values ('Passé', now() - interval '2 hours', now() - interval '1 hour')`);
    }),
};

describeMatrix('Live', { tables: TABLES, rpcs: RPCS, doing: DOING, actions: ACTIONS });
