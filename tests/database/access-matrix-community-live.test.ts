// Access matrix, part 4: Inside, Live and notifications — every new table and the feed view ×
// select/insert/update/delete × seven callers, then every new RPC × the same callers and the
// service role. "The member" is the author, reporter, registrant or recipient of the row under
// test; the suspended and the muted member act on their own rows (written before the sanction).
// RPCs act on the caller's own registrations, notifications and account.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Outcome, outcomeOf } from '../support/access-matrix.ts';
import {
  attemptRolledBack, createComment, createEvent, createLike, createNotification, createPost, createRegistration,
  createReport, muteUntil,
} from '../support/community.ts';
import { type Actor, type Attempt, type Query, anon, attempt, owner, serviceRole } from '../support/db.ts';
import { type Member, clearRateLimits, createDossier, createMember } from '../support/world.ts';

const TABLE_ACTORS = ['anon', 'member', 'otherMember', 'pro', 'admin', 'suspended', 'muted'] as const;
const RPC_ACTORS = [...TABLE_ACTORS, 'service'] as const;
type ActorName = (typeof RPC_ACTORS)[number];

const WHO: Record<ActorName, string> = {
  anon: 'an anonymous visitor',
  member: 'the member',
  otherMember: 'another member',
  pro: 'a pro',
  admin: 'an admin',
  suspended: 'a suspended member',
  muted: 'a muted member',
  service: 'the service role',
};

// 'rows' allowed with rows · 'none' allowed, no row seen/affected · 'denied' 42501
type O = Outcome;
const TABLES: readonly (readonly [string, string, O, O, O, O, O, O, O])[] = [
  // subject               op                  anon      member    other     pro       admin     suspended muted
  ['posts',                'select',           'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  ['posts',                'select hidden',    'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['posts',                'insert',           'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'denied'],
  ['posts',                'insert author',    'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['posts',                'update',           'denied', 'rows',   'none',   'none',   'none',   'none',   'none'],
  ['posts',                'update counts',    'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['posts',                'update pinned',    'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['posts',                'update hidden',    'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['posts',                'update edited_at', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['posts',                'delete',           'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['comments',             'select',           'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  ['comments',             'select hidden',    'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['comments',             'insert',           'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'denied'],
  ['comments',             'insert on hidden', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['comments',             'update',           'denied', 'rows',   'none',   'none',   'none',   'none',   'none'],
  ['comments',             'update hidden',    'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['comments',             'delete',           'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['post_likes',           'select',           'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  // Liking is not publishing: a muted member still likes.
  ['post_likes',           'insert',           'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'rows'],
  ['post_likes',           'insert for user',  'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['post_likes',           'update',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['post_likes',           'delete',           'denied', 'rows',   'none',   'none',   'none',   'none',   'rows'],
  ['reports',              'select',           'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  ['reports',              'insert',           'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'rows'],
  ['reports',              'insert reporter',  'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['reports',              'update',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['reports',              'delete',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
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
  ['feed_posts',           'select',           'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  ['feed_posts',           'select hidden',    'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  // The view joins posts and profiles: not updatable at all (55000), whoever asks.
  ['feed_posts',           'insert',           '55000',  '55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
  ['feed_posts',           'update',           '55000',  '55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
  ['feed_posts',           'delete',           '55000',  '55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
];

const RPCS: readonly (readonly [string, O, O, O, O, O, O, O, O])[] = [
  // function                     anon      member    other     pro       admin     suspended muted     service
  ['inside_feed',                 'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['search_posts',                'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['set_post_pinned',             'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['register_for_event',          'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'rows',   'denied'],
  ['unregister_from_event',       'denied', 'rows',   'rows',   'rows',   'rows',   'denied', 'rows',   'denied'],
  ['event_waitlist_position',     'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['cancel_event',                'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['event_attendees',             'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  // The scheduler and the send-emails function run as the service role; nobody else.
  ['enqueue_event_reminders',     'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['claim_email_batch',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['mark_email_sent',             'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['mark_email_failed',           'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'rows'],
  ['mark_all_notifications_read', 'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['resolve_report',              'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['mute_member',                 'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['admin_analytics',             'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  // Access and erasure rights do not depend on the account's standing (docs/privacy.md).
  ['export_my_data',              'denied', 'rows',   'rows',   'rows',   'rows',   'rows',   'rows',   'denied'],
  ['erase_my_account',            'denied', 'rows',   'rows',   'rows',   'rows',   'rows',   'rows',   'denied'],
  ['set_user_role',               'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['set_account_status',          'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['assign_dossier',              'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
];

const DOING: Record<string, string> = {
  'posts select': "read the member's post",
  'posts select hidden': "read the member's post hidden by reports",
  'posts insert': 'publish a post',
  'posts insert author': 'publish a post naming its author',
  'posts update': "edit the text of the member's post",
  'posts update counts': "set the like and comment counts of the member's post",
  'posts update pinned': "pin the member's post by writing the row",
  'posts update hidden': "unhide the member's hidden post by writing the row",
  'posts update edited_at': "rewrite the edit time of the member's post",
  'posts delete': "delete the member's post",
  'comments select': "read the member's comment",
  'comments select hidden': "read the member's comment hidden by reports",
  'comments insert': 'comment on a post',
  'comments insert on hidden': "comment on the member's hidden post",
  'comments update': "edit the member's comment",
  'comments update hidden': "unhide the member's hidden comment by writing the row",
  'comments delete': "delete the member's comment",
  'post_likes select': "see the member's like",
  'post_likes insert': 'like a post',
  'post_likes insert for user': 'like a post in the member\'s name',
  'post_likes update': "rewrite the member's like",
  'post_likes delete': "withdraw the member's like",
  'reports select': "read the member's report",
  'reports insert': 'report a post',
  'reports insert reporter': "report a post in the member's name",
  'reports update': "resolve the member's report by writing the row",
  'reports delete': "delete the member's report",
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
  'notifications select': "read the member's notification",
  'notifications insert': 'write a notification',
  'notifications update': "mark the member's notification read",
  'notifications update text': "rewrite the member's notification",
  'notifications delete': "clear the member's notification",
  'email_outbox select': "read the member's queued emails",
  'email_outbox insert': 'queue an email',
  'email_outbox update': "mark the member's queued emails sent",
  'email_outbox delete': "drop the member's queued emails",
  'feed_posts select': "read the member's post in the feed view",
  'feed_posts select hidden': "read the member's hidden post in the feed view",
  'feed_posts insert': 'insert through the feed view',
  'feed_posts update': 'update counts through the feed view',
  'feed_posts delete': 'delete through the feed view',
  inside_feed: 'read a page of the Inside feed',
  search_posts: 'search the posts',
  set_post_pinned: 'pin a post',
  register_for_event: 'register for an event',
  unregister_from_event: 'give up their seat at an event',
  event_waitlist_position: 'learn their place on a waitlist',
  cancel_event: 'cancel an event',
  event_attendees: 'list the attendees of an event',
  enqueue_event_reminders: 'enqueue the due event reminders',
  claim_email_batch: 'claim a batch of queued emails',
  mark_email_sent: 'mark a claimed email sent',
  mark_email_failed: 'mark a claimed email failed',
  mark_all_notifications_read: 'mark all their notifications read',
  resolve_report: 'resolve a report',
  mute_member: 'mute a member',
  admin_analytics: 'read the admin analytics',
  export_my_data: 'export their data',
  erase_my_account: 'erase their account',
  set_user_role: "change a member's role",
  set_account_status: "change a member's account status",
  assign_dossier: 'assign a dossier to a pro',
};

type Case = { subject: string; op: string; who: ActorName; expected: Outcome; name: string };

function caseName(who: ActorName, doing: string, expected: Outcome, select: boolean): string {
  if (expected === 'rows') return `${WHO[who]} can ${doing}`;
  if (expected === 'none') return `${WHO[who]} cannot ${doing}: ${select ? 'nothing visible' : 'nothing affected'}`;
  if (expected === 'denied') return `${WHO[who]} cannot ${doing}: permission denied`;
  return `${WHO[who]} cannot ${doing}: error ${expected}`;
}

const TABLE_CASES: Case[] = TABLES.flatMap(([subject, op, ...outcomes]) =>
  TABLE_ACTORS.map((who, i) => {
    const doing = DOING[`${subject} ${op}`] ?? `${op} ${subject}`;
    return { subject, op, who, expected: outcomes[i], name: caseName(who, doing, outcomes[i], op.startsWith('select')) };
  }),
);
const RPC_CASES: Case[] = RPCS.flatMap(([fn, ...outcomes]) =>
  RPC_ACTORS.map((who, i) => ({
    subject: fn, op: 'call', who, expected: outcomes[i],
    name: caseName(who, `${DOING[fn]} (${fn})`, outcomes[i], false),
  })),
);

// ---------------------------------------------------------------------------------------------
// The scene: one per subject, so that rate limits, mutes and registrations never cross subjects.

type Content = { post: string; hiddenPost: string; comment: string; hiddenComment: string; report: string; notification: string };
type Scene = Record<Exclude<ActorName, 'anon' | 'service'>, Member> & {
  bystander: Member; // writes the posts others like, comment and report
  target: Member; // the member whom admin RPCs act on
  targetDossier: string;
  bystanderPost: string;
  event: string; // scheduled, with a join link; the member, the suspended and the muted are registered
  cancelledEvent: string;
  openEvent: string;
  word: string; // a word only the member's post contains
  own: Record<'member' | 'suspended' | 'muted', Content>;
};

const randomWord = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

async function buildScene(): Promise<Scene> {
  const [member, otherMember, pro, admin, suspended, muted, bystander, target] = await Promise.all([
    createMember({ fullName: 'Membre Autrice' }),
    createMember({ fullName: 'Autre Membre' }),
    createMember({ role: 'pro', fullName: 'Pro Conseillère' }),
    createMember({ role: 'admin', fullName: 'Admin Inside' }),
    createMember({ fullName: 'Membre Suspendu' }),
    createMember({ fullName: 'Membre En Sourdine' }),
    createMember({ fullName: 'Membre Témoin' }),
    createMember({ fullName: 'Membre Cible' }),
  ]);
  const word = randomWord();
  const bystanderPost = await createPost(bystander.id, { body: 'Qui a déjà fait sa demande de permis de travail ?' });
  // Reported by the member, the suspended and the muted (new accounts, whose reports weigh 0: it stays up).
  const reportedPost = await createPost(bystander.id, { body: 'Achetez mes services de visa garantis !' });
  const event = await createEvent({ capacity: 100 });
  const contentOf = async (m: Member): Promise<Content> => {
    const post = await createPost(m.id, { body: `Mon parcours ${m === member ? word : ''} vers la résidence permanente.` });
    const hiddenPost = await createPost(m.id, { hidden: true });
    const comment = await createComment(bystanderPost, m.id);
    const hiddenComment = await createComment(bystanderPost, m.id, { hidden: true });
    await createLike(bystanderPost, m.id);
    const report = await createReport(m.id, { postId: reportedPost });
    const notification = await createNotification(m.id);
    await createRegistration(event, m.id);
    return { post, hiddenPost, comment, hiddenComment, report, notification };
  };
  const own = { member: await contentOf(member), suspended: await contentOf(suspended), muted: await contentOf(muted) };
  await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [suspended.id]);
  await muteUntil(muted.id, 'infinity');
  return {
    member, otherMember, pro, admin, suspended, muted, bystander, target, word, bystanderPost, event, own,
    targetDossier: await createDossier(target.id),
    cancelledEvent: await createEvent({ status: 'cancelled' }),
    openEvent: await createEvent({ capacity: null }),
  };
}

type Action = (s: Scene, who: ActorName) => Promise<Attempt>;

const actorOf = (s: Scene, who: ActorName): Actor =>
  who === 'anon' ? anon : who === 'service' ? serviceRole : s[who].actor;
/** Whose rows a caller acts on: the suspended and the muted their own, everyone else the member's. */
const ownerOf = (s: Scene, who: ActorName): Member => (who === 'suspended' || who === 'muted' ? s[who] : s.member);
const own = (s: Scene, who: ActorName): Content => s.own[who === 'suspended' || who === 'muted' ? who : 'member'];
/** The caller as a member (RPCs act on the caller's own rows); undefined for anon and the service role. */
const self = (s: Scene, who: ActorName): Member | undefined => (who === 'anon' || who === 'service' ? undefined : s[who]);

const run = (sql: string, params: (s: Scene, who: ActorName) => unknown[] = () => []): Action =>
  (s, who) => attempt(actorOf(s, who), sql, params(s, who));
/** Writes (posts, comments, likes, reports, registrations) are limited to one per second per user: start each case clean. */
const write = (action: Action): Action => async (s, who) => {
  const member = self(s, who);
  if (member) await clearRateLimits(member.id);
  return action(s, who);
};
const freshPost = (s: Scene, who: ActorName) => createPost(ownerOf(s, who).id);
const freshBystanderPost = (s: Scene) => createPost(s.bystander.id);

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
  'posts select': run('select id from public.posts where id = $1', (s, w) => [own(s, w).post]),
  'posts select hidden': run('select id from public.posts where id = $1', (s, w) => [own(s, w).hiddenPost]),
  'posts insert': write(run(`insert into public.posts (title, body) values ('Ma question', 'Bonjour à tous') returning id`)),
  'posts insert author': write(run(`insert into public.posts (author_id, body) values ($1, 'Au nom d''un autre') returning id`,
    (s) => [s.member.id])),
  'posts update': async (s, who) =>
    attempt(actorOf(s, who), `update public.posts set body = 'Texte corrigé' where id = $1`, [await freshPost(s, who)]),
  'posts update counts': run('update public.posts set like_count = 1000, comment_count = 1000 where id = $1', (s, w) => [own(s, w).post]),
  'posts update pinned': run('update public.posts set pinned = true where id = $1', (s, w) => [own(s, w).post]),
  'posts update hidden': run('update public.posts set hidden = false, removal_reason = null where id = $1', (s, w) => [
    own(s, w).hiddenPost,
  ]),
  'posts update edited_at': run(`update public.posts set edited_at = null, created_at = now() + interval '1 year' where id = $1`,
    (s, w) => [own(s, w).post]),
  'posts delete': async (s, who) => attempt(actorOf(s, who), 'delete from public.posts where id = $1', [await freshPost(s, who)]),

  'comments select': run('select id from public.comments where id = $1', (s, w) => [own(s, w).comment]),
  'comments select hidden': run('select id from public.comments where id = $1', (s, w) => [own(s, w).hiddenComment]),
  'comments insert': write(run(`insert into public.comments (post_id, body) values ($1, 'Bonne question') returning id`, (s) => [
    s.bystanderPost,
  ])),
  'comments insert on hidden': write(run(`insert into public.comments (post_id, body) values ($1, 'Je réponds quand même') returning id`,
    (s, w) => [own(s, w).hiddenPost])),
  'comments update': async (s, who) => {
    const id = await createComment(s.bystanderPost, ownerOf(s, who).id);
    return attempt(actorOf(s, who), `update public.comments set body = 'Commentaire corrigé' where id = $1`, [id]);
  },
  'comments update hidden': run('update public.comments set hidden = false where id = $1', (s, w) => [own(s, w).hiddenComment]),
  'comments delete': async (s, who) => {
    const id = await createComment(s.bystanderPost, ownerOf(s, who).id);
    return attempt(actorOf(s, who), 'delete from public.comments where id = $1', [id]);
  },

  'post_likes select': run('select post_id from public.post_likes where post_id = $1 and user_id = $2', (s, w) => [
    s.bystanderPost, ownerOf(s, w).id,
  ]),
  'post_likes insert': write(async (s, who) =>
    attempt(actorOf(s, who), 'insert into public.post_likes (post_id) values ($1) returning post_id', [await freshBystanderPost(s)])),
  'post_likes insert for user': write(async (s, who) =>
    attempt(actorOf(s, who), 'insert into public.post_likes (post_id, user_id) values ($1, $2) returning post_id', [
      await freshBystanderPost(s), s.member.id,
    ])),
  'post_likes update': run('update public.post_likes set created_at = now() where post_id = $1 and user_id = $2', (s, w) => [
    s.bystanderPost, ownerOf(s, w).id,
  ]),
  'post_likes delete': write(async (s, who) => {
    const post = await freshBystanderPost(s);
    await createLike(post, ownerOf(s, who).id);
    return attempt(actorOf(s, who), 'delete from public.post_likes where post_id = $1 and user_id = $2', [post, ownerOf(s, who).id]);
  }),

  'reports select': run('select id, status from public.reports where id = $1', (s, w) => [own(s, w).report]),
  'reports insert': write(async (s, who) =>
    attempt(actorOf(s, who), `insert into public.reports (post_id, reason) values ($1, 'spam') returning id`, [await freshBystanderPost(s)])),
  'reports insert reporter': write(async (s, who) =>
    attempt(actorOf(s, who), `insert into public.reports (reporter_id, post_id, reason) values ($1, $2, 'spam') returning id`, [
      s.member.id, await freshBystanderPost(s),
    ])),
  'reports update': run(`update public.reports set status = 'kept' where id = $1`, (s, w) => [own(s, w).report]),
  'reports delete': run('delete from public.reports where id = $1', (s, w) => [own(s, w).report]),

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

  'feed_posts select': run('select id, liked_by_me from public.feed_posts where id = $1', (s, w) => [own(s, w).post]),
  'feed_posts select hidden': run('select id from public.feed_posts where id = $1', (s, w) => [own(s, w).hiddenPost]),
  'feed_posts insert': run(`insert into public.feed_posts (title, body) values ('Par la vue', 'Texte') returning id`),
  'feed_posts update': run('update public.feed_posts set like_count = 1000 where id = $1', (s, w) => [own(s, w).post]),
  'feed_posts delete': run('delete from public.feed_posts where id = $1', (s, w) => [own(s, w).post]),

  // RPCs
  'inside_feed call': run('select id from public.inside_feed()'),
  'search_posts call': run('select (post).id from public.search_posts($1)', (s) => [s.word]),
  'set_post_pinned call': async (s, who) => {
    // Dated long ago so that it sorts below every other pinned post of the shared feed.
    const post = await createPost(s.bystander.id, { createdAt: '2002-02-02 12:00+00' });
    return attempt(actorOf(s, who), 'select id from public.set_post_pinned($1, true)', [post]);
  },
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
  'resolve_report call': async (s, who) => {
    const report = await createReport(s.bystander.id, { postId: await createPost(s.target.id) });
    return attempt(actorOf(s, who), `select n from public.resolve_report($1, 'kept') n where n > 0`, [report]);
  },
  'mute_member call': run(`select user_id from public.mute_member($1, now() + interval '1 day')`, (s) => [s.target.id]),
  'admin_analytics call': run('select public.admin_analytics() as analytics'),
  'export_my_data call': run('select public.export_my_data() as data'),
  'erase_my_account call': (s, who) => attemptRolledBack(actorOf(s, who), `select public.erase_my_account('SUPPRIMER')`),
  'set_user_role call': run(`select id from public.set_user_role($1, 'candidate')`, (s) => [s.target.id]),
  'set_account_status call': run(`select user_id from public.set_account_status($1, 'active')`, (s) => [s.target.id]),
  'assign_dossier call': run('select id from public.assign_dossier($1, $2)', (s) => [s.targetDossier, s.pro.id]),
};

const CASES = [...TABLE_CASES, ...RPC_CASES];

afterAll(() =>
  console.log(`access matrix (Inside, Live, notifications): ${CASES.length} cases (${TABLE_CASES.length} table, ${RPC_CASES.length} RPC)`),
);

describe.each([...new Set(CASES.map((c) => c.subject))])('%s', (subject) => {
  let scene: Scene;

  beforeAll(async () => {
    scene = await buildScene();
  });

  test.each(CASES.filter((c) => c.subject === subject).map((c) => [c.name, c] as const))('%s', async (_name, { op, who, expected }) => {
    const action = ACTIONS[op === 'call' ? `${subject} call` : `${subject} ${op}`];
    const result = await action(scene, who);
    expect(outcomeOf(result), JSON.stringify(result)).toBe(expected);
  });
});
