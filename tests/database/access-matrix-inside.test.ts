// Access matrix, Inside: posts, comments, likes, reports and the feed view × select/insert/update/
// delete × seven callers, then Inside's RPCs × the same callers and the service role (the cast and
// the scene: tests/support/community-matrix.ts).
import { createComment, createLike, createPost, createReport } from '../support/community.ts';
import { attempt } from '../support/db.ts';
import {
  type Action, type RpcRow, type TableRow, actorOf, describeMatrix, freshBystanderPost, freshPost, own, ownerOf, run, write,
} from '../support/community-matrix.ts';

const TABLES: readonly TableRow[] = [
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
  ['feed_posts',           'select',           'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows'],
  ['feed_posts',           'select hidden',    'denied', 'rows',   'none',   'none',   'rows',   'none',   'rows'],
  // The view joins posts and profiles: not updatable at all (55000), whoever asks.
  ['feed_posts',           'insert',           '55000',  '55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
  ['feed_posts',           'update',           '55000',  '55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
  ['feed_posts',           'delete',           '55000',  '55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
];

const RPCS: readonly RpcRow[] = [
  // function                     anon      member    other     pro       admin     suspended muted     service
  ['inside_feed',                 'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['search_posts',                'denied', 'rows',   'rows',   'rows',   'rows',   'none',   'rows',   'denied'],
  ['set_post_pinned',             'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['resolve_report',              'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
  ['mute_member',                 'denied', 'denied', 'denied', 'denied', 'rows',   'denied', 'denied', 'denied'],
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
  'feed_posts select': "read the member's post in the feed view",
  'feed_posts select hidden': "read the member's hidden post in the feed view",
  'feed_posts insert': 'insert through the feed view',
  'feed_posts update': 'update counts through the feed view',
  'feed_posts delete': 'delete through the feed view',
  inside_feed: 'read a page of the Inside feed',
  search_posts: 'search the posts',
  set_post_pinned: 'pin a post',
  resolve_report: 'resolve a report',
  mute_member: 'mute a member',
};

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
  'resolve_report call': async (s, who) => {
    const report = await createReport(s.bystander.id, { postId: await createPost(s.target.id) });
    return attempt(actorOf(s, who), `select n from public.resolve_report($1, 'kept') n where n > 0`, [report]);
  },
  'mute_member call': run(`select user_id from public.mute_member($1, now() + interval '1 day')`, (s) => [s.target.id]),
};

describeMatrix('Inside', { tables: TABLES, rpcs: RPCS, doing: DOING, actions: ACTIONS });
