-- The Inside feed and search as PL/pgSQL so each connection plans their queries once (a SQL
-- function with a SET clause is planned again at every call; the feed's keyset plan is the same
-- for every cursor, hence force_generic_plan). Search ranks the 500 most recent
-- matching posts instead of every match: a common word (« permis ») matches a quarter of 100k
-- posts, and ranking them all took tens of milliseconds; and rare words are found through the GIN
-- index, which the caller's RLS could not use (npm run bench, docs/performance.md).

create or replace function public.inside_feed(before_created_at timestamptz default null, before_id uuid default null,
                                              page_size integer default 20, category public.post_category default null)
returns setof public.feed_posts
language plpgsql
stable
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
declare
  size integer := least(greatest(inside_feed.page_size, 1), 50);
begin
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

-- Candidates for a search: the 500 most recent visible posts matching the words, with their rank.
-- How common the words are decides how to find them, measured on the newest 1000 posts rather than
-- guessed by the planner (which assumes independent words): common words walk the newest posts
-- until 500 match, rare ones take every match from the GIN index. Definer because RLS keeps a
-- non-leakproof operator such as @@ out of index conditions, so under the caller's policies the
-- GIN index could never serve it; it returns ids of posts any active member may read, and
-- search_posts reads the rows themselves under RLS.
create function private.search_post_candidates(query text)
returns table (post_id uuid, created_at timestamptz, score real)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  q tsquery;
  sample_size constant integer := 1000;
  wanted constant integer := 500;
  hits integer;
  visible_posts real;
begin
  -- Parsing is bounded before it starts: 100 kB of words exhausted the stack, 1 MB took 20 s.
  if char_length(search_post_candidates.query) > 200 then
    raise exception 'La recherche ne peut dépasser 200 caractères.' using errcode = '22023';
  end if;
  if not private.is_active() then
    return;
  end if;
  q := websearch_to_tsquery('french', search_post_candidates.query);
  select count(*) into hits
  from (select p.search_vector from public.posts p where not p.hidden order by p.created_at desc, p.id desc limit sample_size) w
  where w.search_vector @@ q;
  select greatest(c.reltuples, 0) into visible_posts from pg_catalog.pg_class c where c.oid = 'public.posts'::regclass;
  -- Rows to read walking the newest posts (wanted / share) against matches to fetch (posts * share).
  if hits > 0 and wanted::real * sample_size / hits <= visible_posts * hits / sample_size then
    return query
      select p.id, p.created_at, ts_rank(p.search_vector, q)
      from public.posts p
      where not p.hidden and coalesce(p.search_vector @@ q, false) -- coalesce: no GIN, the feed index's order
      order by p.created_at desc, p.id desc
      limit wanted;
  else
    return query
      select n.id, n.created_at, ts_rank(n.search_vector, q)
      from (
        select m.id, m.created_at, m.search_vector
        from (select p.id, p.created_at, p.search_vector from public.posts p where p.search_vector @@ q and not p.hidden offset 0) m
        order by m.created_at desc, m.id desc
        limit wanted
      ) n;
  end if;
end;
$$;

create or replace function public.search_posts(query text, max_results integer default 20)
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

revoke all on function private.search_post_candidates(text) from public;
grant execute on function private.search_post_candidates(text) to authenticated;
