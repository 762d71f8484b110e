-- Inside, the community feed: posts, comments, likes and reports. Authors edit their own; authors
-- and admins delete; only admins pin. Like and comment counts are kept by triggers (exact under
-- concurrency: each change updates the post row under its lock); authors hear of replies and,
-- grouped, of likes. Open reports weighed by their reporters' standing hide a post or comment until
-- an admin decides (staff and pinned posts never), and an admin may mute its author: a muted member
-- cannot post or comment. Likes and reports share the per-user write limit.

-- Types

create type public.post_category as enum ('general', 'express_entry', 'quebec', 'study', 'work', 'family', 'settlement');
create type public.report_reason as enum ('spam', 'harassment', 'misinformation', 'off_topic', 'other');
create type public.report_status as enum ('open', 'kept', 'removed');

-- Tables

create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  title text constraint posts_title_length check (title is null or char_length(btrim(title, E' \t\n\r')) between 1 and 150),
  body text not null constraint posts_body_length check (char_length(btrim(body, E' \t\n\r')) between 1 and 10000),
  category public.post_category not null default 'general',
  pinned boolean not null default false,
  like_count integer not null default 0,
  comment_count integer not null default 0,
  hidden boolean not null default false,
  removal_reason text constraint posts_removal_reason_length check (char_length(removal_reason) <= 1000),
  edited_at timestamptz,
  created_at timestamptz not null default now(),
  search_vector tsvector generated always as (
    setweight(to_tsvector('french', coalesce(title, '')), 'A') || setweight(to_tsvector('french', body), 'B')
  ) stored
);
comment on table public.posts is 'Inside feed posts; counts kept by triggers, hidden when weighed reports reach the threshold.';

comment on constraint posts_title_length on public.posts is
  E'Le titre doit compter de 1 à 150 caractères.\n'
  'A title must be 1 to 150 characters long.';
comment on constraint posts_body_length on public.posts is
  E'La publication doit compter de 1 à 10 000 caractères.\n'
  'A post must be 1 to 10,000 characters long.';
comment on constraint posts_author_id_fkey on public.posts is
  E'Auteur introuvable.\n'
  'Author not found.';
comment on constraint posts_removal_reason_length on public.posts is
  E'Le motif du retrait ne peut dépasser 1 000 caractères.\n'
  'The reason for a removal cannot be longer than 1,000 characters.';

create table public.comments (
  id uuid primary key default gen_random_uuid(),
  post_id uuid not null references public.posts (id) on delete cascade,
  author_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  body text not null constraint comments_body_length check (char_length(btrim(body, E' \t\n\r')) between 1 and 4000),
  hidden boolean not null default false,
  removal_reason text constraint comments_removal_reason_length check (char_length(removal_reason) <= 1000),
  edited_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.comments is 'Comments on Inside posts.';

comment on constraint comments_body_length on public.comments is
  E'Le commentaire doit compter de 1 à 4 000 caractères.\n'
  'A comment must be 1 to 4,000 characters long.';
comment on constraint comments_post_id_fkey on public.comments is
  E'Publication introuvable.\n'
  'Post not found.';
comment on constraint comments_author_id_fkey on public.comments is
  E'Auteur introuvable.\n'
  'Author not found.';
comment on constraint comments_removal_reason_length on public.comments is
  E'Le motif du retrait ne peut dépasser 1 000 caractères.\n'
  'The reason for a removal cannot be longer than 1,000 characters.';

create table public.post_likes (
  post_id uuid not null references public.posts (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (post_id, user_id)
);
comment on table public.post_likes is 'One like per member and post.';

comment on constraint post_likes_pkey on public.post_likes is
  E'Vous aimez déjà cette publication.\n'
  'You already like this post.';
comment on constraint post_likes_post_id_fkey on public.post_likes is
  E'Publication introuvable.\n'
  'Post not found.';
comment on constraint post_likes_user_id_fkey on public.post_likes is
  E'Membre introuvable.\n'
  'Member not found.';

create table public.reports (
  id uuid primary key default gen_random_uuid(),
  reporter_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  post_id uuid references public.posts (id) on delete cascade,
  comment_id uuid references public.comments (id) on delete cascade,
  reason public.report_reason not null,
  details text not null default '' constraint reports_details_length check (char_length(details) <= 1000),
  status public.report_status not null default 'open',
  weight smallint not null default 0 constraint reports_weight_range check (weight between 0 and 3),
  resolved_by uuid references public.profiles (id) on delete set null,
  resolved_at timestamptz,
  resolution_note text constraint reports_resolution_note_length check (char_length(resolution_note) <= 1000),
  created_at timestamptz not null default now(),
  constraint reports_one_target check (num_nonnulls(post_id, comment_id) = 1)
);
comment on table public.reports is 'Members flag a post or a comment; admins resolve.';
comment on column public.reports.weight is
  'What the report counts towards hiding its target, from the reporter''s standing when made (private.report_weight).';

comment on constraint reports_details_length on public.reports is
  E'Les précisions ne peuvent dépasser 1 000 caractères.\n'
  'Details cannot be longer than 1,000 characters.';
comment on constraint reports_one_target on public.reports is
  E'Un signalement vise une publication ou un commentaire, pas les deux.\n'
  'A report is about a post or a comment, not both.';
comment on constraint reports_weight_range on public.reports is
  E'Le poids d’un signalement va de 0 à 3.\n'
  'A report’s weight goes from 0 to 3.';
comment on constraint reports_resolution_note_length on public.reports is
  E'La note de modération ne peut dépasser 1 000 caractères.\n'
  'A moderation note cannot be longer than 1,000 characters.';
comment on constraint reports_post_id_fkey on public.reports is
  E'Publication introuvable.\n'
  'Post not found.';
comment on constraint reports_comment_id_fkey on public.reports is
  E'Commentaire introuvable.\n'
  'Comment not found.';
comment on constraint reports_reporter_id_fkey on public.reports is
  E'Membre introuvable.\n'
  'Member not found.';
comment on constraint reports_resolved_by_fkey on public.reports is
  E'Administrateur introuvable.\n'
  'Administrator not found.';

-- Indexes

-- The feed's order; it carries the search vector so that a search walking the newest posts reads
-- the index alone (no heap visit per post while the page is all-visible).
create index posts_feed_idx on public.posts (created_at desc, id desc) include (search_vector) where not hidden;
create index posts_pinned_idx on public.posts (created_at desc) where pinned;
create index posts_author_idx on public.posts (author_id, created_at desc);
create index posts_search_idx on public.posts using gin (search_vector);
create index comments_post_idx on public.comments (post_id, created_at);
create index comments_author_idx on public.comments (author_id);
create index post_likes_user_idx on public.post_likes (user_id, post_id);
create unique index reports_once_per_post_idx on public.reports (reporter_id, post_id) where post_id is not null;
create unique index reports_once_per_comment_idx on public.reports (reporter_id, comment_id) where comment_id is not null;
create index reports_open_idx on public.reports (created_at) where status = 'open';
create index reports_post_idx on public.reports (post_id) where post_id is not null;
create index reports_comment_idx on public.reports (comment_id) where comment_id is not null;
-- A deleted profile sets resolved_by to null: the index spares that delete a scan of the reports.
create index reports_resolved_by_idx on public.reports (resolved_by) where resolved_by is not null;

comment on index public.reports_once_per_post_idx is
  E'Vous avez déjà signalé cette publication.\n'
  'You already reported this post.';
comment on index public.reports_once_per_comment_idx is
  E'Vous avez déjà signalé ce commentaire.\n'
  'You already reported this comment.';

-- Functions

create function private.check_new_contribution()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if auth.uid() is not null and private.posting_user_id() is null then
    raise exception '%', private.caller_text(
      'Votre compte ne peut pas publier pour le moment.',
      'Your account cannot post for now.') using errcode = '42501';
  end if;
  perform private.enforce_write_rate(tg_table_name);
  return new;
end;
$$;

create function private.stamp_edit()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.body is distinct from old.body or to_jsonb(new) ->> 'title' is distinct from to_jsonb(old) ->> 'title' then
    new.edited_at := now();
  end if;
  return new;
end;
$$;

create function private.count_post_like()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    update public.posts set like_count = like_count + 1 where id = new.post_id;
  else
    update public.posts set like_count = like_count - 1 where id = old.post_id;
  end if;
  return null;
end;
$$;

create function private.count_comment()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    update public.posts set comment_count = comment_count + 1 where id = new.post_id;
  else
    update public.posts set comment_count = comment_count - 1 where id = old.post_id;
  end if;
  return null;
end;
$$;

create function private.notify_post_reply()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  p public.posts;
  commenter text;
begin
  select * into p from public.posts where id = new.post_id;
  if p.author_id <> new.author_id then
    select pr.full_name into commenter from public.profiles pr where pr.id = new.author_id;
    perform private.notify(
      p.author_id, 'post_reply',
      commenter || private.member_text(p.author_id, ' a répondu à votre publication', ' replied to your post'),
      left(new.body, 140), '/inside/' || p.id::text,
      jsonb_build_object('post_id', p.id, 'comment_id', new.id)
    );
  end if;
  return null;
end;
$$;

-- Sign-up is open, so a report counts by its reporter's standing, as Discourse's trust levels do:
-- accounts under 7 days old, with fewer than 3 visible posts and comments, or muted weigh 0 (the
-- report still reaches the admins' queue); members 1; members of 90 days with 20 visible
-- contributions 2; pros 2; admins 3. Open reports weighing 3 together hide the target.
create function private.report_weight(reporter uuid)
returns smallint
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  who record;
  contributions integer;
begin
  select p.role, a.created_at, a.status, a.muted_until into who
  from public.profiles p join public.accounts a on a.user_id = p.id
  where p.id = report_weight.reporter;
  if not found or who.status <> 'active' then
    return 0;
  elsif who.role = 'admin' then
    return 3;
  elsif who.role = 'pro' then
    return 2;
  elsif who.created_at > now() - interval '7 days' or who.muted_until > now() then
    return 0;
  end if;
  -- At most 20 index entries per table: the count only needs to reach the highest bar.
  select count(*) into contributions from (
    (select 1 from public.posts x where x.author_id = report_weight.reporter and not x.hidden limit 20)
    union all
    (select 1 from public.comments x where x.author_id = report_weight.reporter and not x.hidden limit 20)
  ) c;
  return case when contributions >= 20 and who.created_at <= now() - interval '90 days' then 2
              when contributions >= 3 then 1
              else 0 end;
end;
$$;

-- The weight is the database's to set; a report is a write like any other (one per second).
create function private.weigh_report()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.enforce_write_rate('reports');
  new.weight := private.report_weight(new.reporter_id);
  return new;
end;
$$;

-- Open reports weighing 3 hide the target until an admin decides; staff content and pinned posts
-- stay up (the reports wait in the queue).
create function private.hide_reported_content()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.weight = 0 then
    return null;
  end if;
  if new.post_id is not null then
    update public.posts x set hidden = true
     where x.id = new.post_id and not x.hidden and not x.pinned
       and (select p.role from public.profiles p where p.id = x.author_id) = 'candidate'
       and (select sum(r.weight) from public.reports r where r.post_id = new.post_id and r.status = 'open') >= 3;
  else
    update public.comments x set hidden = true
     where x.id = new.comment_id and not x.hidden
       and (select p.role from public.profiles p where p.id = x.author_id) = 'candidate'
       and (select sum(r.weight) from public.reports r where r.comment_id = new.comment_id and r.status = 'open') >= 3;
  end if;
  return null;
end;
$$;

-- A like or an unlike is a write like any other (one per second, shared): liking and unliking in a
-- loop cannot flood the author's notifications. Only the member's own requests (role
-- authenticated) count: a post's deletion and erase_my_account remove likes as the table owner.
create function private.limit_like_writes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.enforce_write_rate('post_likes');
  return coalesce(new, old);
end;
$$;

-- Runs after post_likes_count (triggers fire by name), whose update of the post's like_count holds
-- the post's row lock: concurrent likes of one post pass here one at a time, each seeing the notice
-- the previous one left.
create function private.notify_post_liked()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  p public.posts;
  liker text;
  replaced uuid;
  others integer;
begin
  select * into p from public.posts where id = new.post_id;
  if p.author_id = new.user_id then
    return null;
  end if;
  if exists (
    select 1 from public.notifications n
     where n.user_id = p.author_id and n.kind = 'post_liked' and n.read_at is null
       and n.data ->> 'post_id' = p.id::text and n.data ->> 'liker' = new.user_id::text
  ) then
    return null;
  end if;
  select pr.full_name into liker from public.profiles pr where pr.id = new.user_id;
  with gone as (
    delete from public.notifications n
     where n.user_id = p.author_id and n.kind = 'post_liked' and n.read_at is null
       and n.data ->> 'post_id' = p.id::text
    returning n.id, n.data, n.created_at
  )
  select coalesce(sum((g.data ->> 'likers')::integer), 0), (array_agg(g.id order by g.created_at desc))[1]
    into others, replaced
    from gone g;
  perform private.notify(
    p.author_id, 'post_liked',
    liker || private.member_text(p.author_id,
      case when others = 0 then ' a aimé votre publication'
           when others = 1 then ' et 1 autre personne ont aimé votre publication'
           else ' et ' || others || ' autres personnes ont aimé votre publication' end,
      case when others = 0 then ' liked your post'
           when others = 1 then ' and 1 other person liked your post'
           else ' and ' || others || ' other people liked your post' end),
    coalesce(p.title, left(p.body, 140)), '/inside/' || p.id::text,
    jsonb_strip_nulls(jsonb_build_object('post_id', p.id, 'likers', others + 1, 'liker', new.user_id, 'replaces', replaced))
  );
  return null;
end;
$$;

create function private.set_post_pinned(post_id uuid, pinned boolean)
returns public.posts
language plpgsql
security definer
set search_path = ''
as $$
declare
  p public.posts;
begin
  perform private.assert_admin();
  if set_post_pinned.pinned is null then
    raise exception '%', private.caller_text(
      'Indiquez s’il faut épingler la publication (vrai ou faux).',
      'Say whether to pin the post (true or false).') using errcode = '22023';
  end if;
  update public.posts x set pinned = set_post_pinned.pinned where x.id = set_post_pinned.post_id returning * into p;
  if not found then
    raise exception '%', private.caller_text('Publication introuvable.', 'Post not found.') using errcode = 'P0002';
  end if;
  perform private.write_audit('post.pinned', 'posts', p.id::text, jsonb_build_object('pinned', p.pinned));
  return p;
end;
$$;

create function public.set_post_pinned(post_id uuid, pinned boolean)
returns public.posts
language sql
set search_path = ''
as $$ select * from private.set_post_pinned($1, $2) $$;
comment on function public.set_post_pinned(uuid, boolean) is 'Admins pin or unpin a post.';

-- A feed item: the post with its author and whether the caller liked it.
create view public.feed_posts with (security_invoker = true) as
  select p.id, p.author_id, a.full_name as author_name, a.avatar_path as author_avatar_path, a.role as author_role,
         p.title, p.body, p.category, p.pinned, p.like_count, p.comment_count, p.hidden, p.edited_at, p.created_at,
         exists (select 1 from public.post_likes l where l.post_id = p.id and l.user_id = (select auth.uid())) as liked_by_me
  from public.posts p
  join public.profiles a on a.id = p.author_id;
comment on view public.feed_posts is 'Posts with author, counts and liked-by-me, under the caller''s RLS.';

-- One page of the feed by keyset (created_at, id); the first page starts with pinned posts.
-- PL/pgSQL so each connection plans its queries once (a SQL function with a SET clause is planned
-- again at every call); the keyset plan is the same for every cursor, hence force_generic_plan.
-- The feed holds visible posts only, which the read policies of posts, profiles and likes give to
-- every active member and to no one else: so it asks that question once and reads as definer,
-- instead of having each of its two statements ask the three tables' policies (eight questions,
-- 0.15-0.3 ms a page).
create function private.inside_feed(before_created_at timestamptz default null, before_id uuid default null,
                                   page_size integer default 20, category public.post_category default null)
returns setof public.feed_posts
language plpgsql
stable
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
declare
  size integer := least(greatest(inside_feed.page_size, 1), 50);
begin
  if not private.is_active() then
    return;
  end if;
  if inside_feed.before_created_at is null then
    return query
      select f.* from public.feed_posts f
      where f.pinned and not f.hidden
        and (inside_feed.category is null or f.category = inside_feed.category)
      order by f.created_at desc
      limit 5;
    return query
      select f.* from public.feed_posts f
      where not f.pinned and not f.hidden
        and (inside_feed.category is null or f.category = inside_feed.category)
      order by f.created_at desc, f.id desc
      limit size;
  else
    return query
      select f.* from public.feed_posts f
      where not f.pinned and not f.hidden
        and (inside_feed.category is null or f.category = inside_feed.category)
        and (f.created_at, f.id) < (inside_feed.before_created_at, inside_feed.before_id)
      order by f.created_at desc, f.id desc
      limit size;
  end if;
end;
$$;

-- The Data API calls no definer function (advisors), so it reaches the page through this door.
create function public.inside_feed(before_created_at timestamptz default null, before_id uuid default null,
                                   page_size integer default 20, category public.post_category default null)
returns setof public.feed_posts
language plpgsql
stable
set search_path = ''
as $$
begin
  return query select * from private.inside_feed(inside_feed.before_created_at, inside_feed.before_id, inside_feed.page_size,
                                                 inside_feed.category);
end;
$$;
comment on function public.inside_feed(timestamptz, uuid, integer, public.post_category) is
  'A page of the Inside feed; pass the last item''s created_at and id for the next page.';

-- Candidates for a search: the 500 most recent visible posts matching the words, with their rank
-- (a common word, « permis », matches a quarter of 100k posts; ranking them all took tens of ms).
-- The newest 500 posts are read first: their matches are the most recent ones, and how many match
-- decides how to find the rest, measured rather than guessed by the planner (which assumes
-- independent words). Common words go on walking the newest posts until 500 match, rare ones take
-- the older matches from the GIN index. Definer because RLS keeps a non-leakproof operator such as
-- @@ out of index conditions, so under the caller's policies the GIN index could never serve it;
-- it returns ids of posts any active member may read, and search_posts reads the rows themselves
-- under RLS.
create function private.search_post_candidates(query text)
returns table (post_id uuid, created_at timestamptz, score real)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  q tsquery;
  sample_size constant integer := 500;
  wanted constant integer := 500;
  hits integer;
  edge_at timestamptz;
  edge_id uuid;
  visible_posts real;
begin
  -- Parsing is bounded before it starts: 100 kB of words exhausted the stack, 1 MB took 20 s.
  if char_length(search_post_candidates.query) > 200 then
    raise exception '%', private.caller_text(
      'La recherche ne peut dépasser 200 caractères.',
      'A search cannot be longer than 200 characters.') using errcode = '22023';
  end if;
  if not private.is_active() then
    return;
  end if;
  q := websearch_to_tsquery('french', search_post_candidates.query);
  return query
    select w.id, w.created_at, ts_rank(w.search_vector, q)
    from (select p.id, p.created_at, p.search_vector from public.posts p where not p.hidden
          order by p.created_at desc, p.id desc limit sample_size) w
    where w.search_vector @@ q;
  get diagnostics hits = row_count;
  -- The oldest post of the sample: the rest of the search starts below it.
  select p.created_at, p.id into edge_at, edge_id
  from public.posts p where not p.hidden order by p.created_at desc, p.id desc offset sample_size - 1 limit 1;
  if edge_at is null or hits >= wanted then
    return; -- every post was in the sample, or it held enough matches
  end if;
  select greatest(c.reltuples, 0) into visible_posts from pg_catalog.pg_class c where c.oid = 'public.posts'::regclass;
  -- Posts to walk (wanted / share) against matches to fetch (posts * share); a walked post is read
  -- from the feed index alone, a fetched match from the heap and checked again: about 4 times dearer.
  if hits > 0 and wanted::real * sample_size / hits <= 4 * visible_posts * hits / sample_size then
    return query
      select p.id, p.created_at, ts_rank(p.search_vector, q)
      from public.posts p
      where not p.hidden and (p.created_at, p.id) < (edge_at, edge_id)
        and coalesce(p.search_vector @@ q, false) -- coalesce: no GIN, the feed index's order
      order by p.created_at desc, p.id desc
      limit wanted - hits;
  else
    -- Ranked before the sort, so that it sorts ids and dates, not search vectors.
    return query
      select m.id, m.created_at, m.score
      from (select p.id, p.created_at, ts_rank(p.search_vector, q) as score from public.posts p
            where p.search_vector @@ q and not p.hidden and (p.created_at, p.id) < (edge_at, edge_id) offset 0) m
      order by m.created_at desc, m.id desc
      limit wanted - hits;
  end if;
end;
$$;

create function public.search_posts(query text, max_results integer default 20)
returns table (post public.feed_posts, rank real)
language plpgsql
stable
set search_path = ''
as $$
begin
  return query
    select f, c.score
    from (
      select x.post_id, x.created_at, x.score
      from private.search_post_candidates(search_posts.query) x
      order by x.score desc, x.created_at desc
      limit least(greatest(search_posts.max_results, 1), 50)
    ) c
    join public.feed_posts f on f.id = c.post_id
    order by c.score desc, c.created_at desc;
end;
$$;
comment on function public.search_posts(text, integer) is
  'Full-text search of posts (French): the best matches among the 500 most recent matching posts.';

-- Moderation: an admin resolves every open report on a post or comment at once — keep it (visible
-- again) or remove it with a reason — and may mute its author for a while. Each decision is audited.
create function private.resolve_report(report_id uuid, decision public.report_status, note text default null,
                                       mute_days integer default null)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  rep public.reports;
  author uuid;
  resolved integer;
begin
  perform private.assert_admin();
  if decision is null or decision = 'open' then
    raise exception '%', private.caller_text(
      'Décision attendue : conserver ou retirer.',
      'Choose a decision: keep or remove.') using errcode = '22023';
  end if;
  if decision = 'removed' and char_length(btrim(coalesce(note, ''), E' \t\n\r')) = 0 then
    raise exception '%', private.caller_text(
      'Indiquez le motif du retrait.',
      'Give the reason for the removal.') using errcode = '22023';
  end if;
  -- The note goes into the audit log, kept six years.
  if char_length(note) > 1000 then
    raise exception '%', private.caller_text(
      'La note de modération ne peut dépasser 1 000 caractères.',
      'A moderation note cannot be longer than 1,000 characters.') using errcode = '22023';
  end if;
  if mute_days is not null and mute_days not between 1 and 365 then
    raise exception '%', private.caller_text(
      'La mise en sourdine dure de 1 à 365 jours.',
      'A mute lasts from 1 to 365 days.') using errcode = '22023';
  end if;
  select * into rep from public.reports where id = resolve_report.report_id;
  if not found then
    raise exception '%', private.caller_text('Signalement introuvable.', 'Report not found.') using errcode = 'P0002';
  end if;

  update public.reports r
     set status = decision, resolved_by = auth.uid(), resolved_at = now(), resolution_note = nullif(btrim(note, E' \t\n\r'), '')
   where r.status = 'open'
     and (r.post_id = rep.post_id or r.comment_id = rep.comment_id);
  get diagnostics resolved = row_count;

  if rep.post_id is not null then
    update public.posts p
       set hidden = (decision = 'removed'),
           removal_reason = case when decision = 'removed' then btrim(note, E' \t\n\r') end
     where p.id = rep.post_id
    returning p.author_id into author;
  else
    update public.comments c
       set hidden = (decision = 'removed'),
           removal_reason = case when decision = 'removed' then btrim(note, E' \t\n\r') end
     where c.id = rep.comment_id
    returning c.author_id into author;
  end if;

  perform private.write_audit('report.resolved', 'reports', rep.id::text,
    jsonb_build_object('decision', decision, 'note', note, 'post_id', rep.post_id, 'comment_id', rep.comment_id,
                       'reports', resolved));
  if mute_days is not null and author is not null then
    perform public.mute_member(author, now() + make_interval(days => mute_days));
  end if;
  return resolved;
end;
$$;

create function public.resolve_report(report_id uuid, decision public.report_status, note text default null,
                                      mute_days integer default null)
returns integer
language sql
set search_path = ''
as $$ select private.resolve_report($1, $2, $3, $4) $$;
comment on function public.resolve_report(uuid, public.report_status, text, integer) is
  'Admins keep or remove (with a reason) reported content, optionally muting its author.';

create function private.mute_member(user_id uuid, muted_until timestamptz)
returns public.accounts
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.accounts;
begin
  perform private.assert_admin();
  if mute_member.user_id = auth.uid() then
    raise exception '%', private.caller_text(
      'Un administrateur ne peut pas se mettre en sourdine.',
      'An administrator cannot mute themself.') using errcode = '42501';
  end if;
  update public.accounts x set muted_until = mute_member.muted_until
   where x.user_id = mute_member.user_id
  returning * into a;
  if not found then
    raise exception '%', private.caller_text('Utilisateur introuvable.', 'User not found.') using errcode = 'P0002';
  end if;
  perform private.write_audit('user.muted', 'accounts', a.user_id::text, jsonb_build_object('until', a.muted_until));
  return a;
end;
$$;

create function public.mute_member(user_id uuid, muted_until timestamptz)
returns public.accounts
language sql
set search_path = ''
as $$ select * from private.mute_member($1, $2) $$;
comment on function public.mute_member(uuid, timestamptz) is 'Admins mute a member in Inside until a date (null lifts it).';

-- Triggers

create trigger posts_check_new before insert on public.posts
  for each row execute function private.check_new_contribution();
create trigger comments_check_new before insert on public.comments
  for each row execute function private.check_new_contribution();
create trigger posts_stamp_edit before update on public.posts
  for each row execute function private.stamp_edit();
create trigger comments_stamp_edit before update on public.comments
  for each row execute function private.stamp_edit();
create trigger post_likes_count after insert or delete on public.post_likes
  for each row execute function private.count_post_like();
create trigger comments_count after insert or delete on public.comments
  for each row execute function private.count_comment();
create trigger comments_notify_reply after insert on public.comments
  for each row execute function private.notify_post_reply();
create trigger post_likes_limit_writes before insert or delete on public.post_likes
  for each row when (current_user = 'authenticated') execute function private.limit_like_writes();
create trigger reports_weigh before insert on public.reports
  for each row execute function private.weigh_report();
create trigger reports_hide_content after insert on public.reports
  for each row execute function private.hide_reported_content();

create trigger post_likes_notify after insert on public.post_likes
  for each row execute function private.notify_post_liked();

-- Grants

revoke all on function private.check_new_contribution(), private.stamp_edit(), private.count_post_like(),
  private.count_comment(), private.notify_post_reply(), private.report_weight(uuid), private.weigh_report(),
  private.hide_reported_content(), private.limit_like_writes(), private.notify_post_liked() from public;
revoke all on function private.search_post_candidates(text) from public;
grant execute on function private.search_post_candidates(text) to authenticated;
revoke all on function public.set_post_pinned(uuid, boolean),
  public.inside_feed(timestamptz, uuid, integer, public.post_category), public.search_posts(text, integer) from public, anon;
grant execute on function public.set_post_pinned(uuid, boolean),
  public.inside_feed(timestamptz, uuid, integer, public.post_category), public.search_posts(text, integer) to authenticated;
revoke all on function private.inside_feed(timestamptz, uuid, integer, public.post_category) from public;
grant execute on function private.inside_feed(timestamptz, uuid, integer, public.post_category) to authenticated;
revoke all on function private.set_post_pinned(uuid, boolean) from public;
grant execute on function private.set_post_pinned(uuid, boolean) to authenticated;
revoke all on function public.resolve_report(uuid, public.report_status, text, integer),
  public.mute_member(uuid, timestamptz) from public, anon;
grant execute on function public.resolve_report(uuid, public.report_status, text, integer),
  public.mute_member(uuid, timestamptz) to authenticated;
revoke all on function private.resolve_report(uuid, public.report_status, text, integer),
  private.mute_member(uuid, timestamptz) from public;
grant execute on function private.resolve_report(uuid, public.report_status, text, integer),
  private.mute_member(uuid, timestamptz) to authenticated;

revoke all on public.posts, public.comments, public.post_likes, public.reports, public.feed_posts
  from public, anon, authenticated, service_role;
grant select on public.posts to authenticated;
grant insert (title, body, category) on public.posts to authenticated;
grant update (title, body, category) on public.posts to authenticated;
grant delete on public.posts to authenticated;
grant select on public.comments, public.post_likes, public.feed_posts to authenticated;
grant insert (post_id, body) on public.comments to authenticated;
grant update (body) on public.comments to authenticated;
grant delete on public.comments to authenticated;
grant insert (post_id), delete on public.post_likes to authenticated;
grant select (id, reporter_id, post_id, comment_id, reason, details, status, created_at) on public.reports to authenticated;
grant insert (post_id, comment_id, reason, details) on public.reports to authenticated;
grant select, insert, update, delete on public.posts, public.comments, public.post_likes, public.reports to service_role;
grant select on public.feed_posts to service_role;

-- Row-level security

alter table public.posts enable row level security;
alter table public.comments enable row level security;
alter table public.post_likes enable row level security;
alter table public.reports enable row level security;

-- What moderation hides stays shown to its author, post or comment: the rule the two read policies
-- share, said once. Called per row with the reader from an init plan: no table, no standing read
-- (about 0.7 µs a row).
create function private.shown_to(hidden boolean, author_id uuid, reader uuid)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  return not shown_to.hidden or shown_to.author_id = shown_to.reader;
end;
$$;
revoke all on function private.shown_to(boolean, uuid, uuid) from public;
grant execute on function private.shown_to(boolean, uuid, uuid) to authenticated;

create policy posts_select_members_or_admin on public.posts for select to authenticated
  using (((select private.is_active()) and private.shown_to(hidden, author_id, (select auth.uid()))) or (select private.is_admin()));
comment on policy posts_select_members_or_admin on public.posts is
  'Active members read visible posts; authors still see their hidden posts; admins see all.';
-- A member who may post (active, not muted) writes and edits posts in their own name.
create policy posts_insert_author on public.posts for insert to authenticated
  with check (author_id = (select private.posting_user_id()));
create policy posts_update_author on public.posts for update to authenticated
  using (author_id = (select private.posting_user_id()))
  with check (author_id = (select auth.uid()));
create policy posts_delete_author_or_admin on public.posts for delete to authenticated
  using (author_id = (select private.active_user_id()) or (select private.is_admin()));
comment on policy posts_delete_author_or_admin on public.posts is
  'An active author deletes their own post; admins delete any.';

-- Comments follow the same rules, on posts the member can see.
-- The post must be visible to the reader too (its own RLS applies in the subquery).
create policy comments_select_members_or_admin on public.comments for select to authenticated
  using (
    (
      (select private.is_active()) and private.shown_to(hidden, author_id, (select auth.uid()))
      and exists (select 1 from public.posts p where p.id = post_id)
    )
    or (select private.is_admin())
  );
comment on policy comments_select_members_or_admin on public.comments is
  'Active members read visible comments of posts they can see; authors still see their hidden comments; admins see all.';
-- A member who may post comments visible posts in their own name, and edits their comments.
create policy comments_insert_author on public.comments for insert to authenticated
  with check (
    author_id = (select private.posting_user_id())
    and exists (select 1 from public.posts p where p.id = post_id and not p.hidden)
  );
create policy comments_update_author on public.comments for update to authenticated
  using (author_id = (select private.posting_user_id()))
  with check (author_id = (select auth.uid()));
create policy comments_delete_author_or_admin on public.comments for delete to authenticated
  using (author_id = (select private.active_user_id()) or (select private.is_admin()));
comment on policy comments_delete_author_or_admin on public.comments is
  'An active author deletes their own comment; admins delete any.';

-- Likes are public to members; each member adds and removes only their own.
create policy post_likes_select_members on public.post_likes for select to authenticated
  using ((select private.is_active()));
create policy post_likes_insert_self on public.post_likes for insert to authenticated
  with check (
    user_id = (select private.active_user_id())
    and exists (select 1 from public.posts p where p.id = post_id and not p.hidden)
  );
create policy post_likes_delete_self on public.post_likes for delete to authenticated
  using (user_id = (select private.active_user_id()));

create policy reports_select_own_or_admin on public.reports for select to authenticated
  using (reporter_id = (select private.active_user_id()) or (select private.is_admin()));
comment on policy reports_select_own_or_admin on public.reports is
  'A member sees their own reports; admins see the queue.';
-- Members report only what they can see.
create policy reports_insert_member on public.reports for insert to authenticated
  with check (
    reporter_id = (select private.active_user_id())
    and (post_id is null or exists (select 1 from public.posts p where p.id = post_id))
    and (comment_id is null or exists (select 1 from public.comments c where c.id = comment_id))
  );
