-- A like tells the post's author, grouped: while the author has not read the notice about a post,
-- each new like replaces it with one that counts every liker since (« Karim Haddad et 2 autres
-- personnes ont aimé votre publication »). In the app only; likes send no email. The notice names
-- its last liker, whose unlike and like again change nothing (likes are also write-limited).

create or replace function private.kind_sends_email(kind public.notification_kind)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select kind not in ('post_reply', 'post_liked')
$$;

-- The broadcast names the notification a new one replaces, so an open page swaps it in place
-- instead of counting it twice.
create or replace function private.broadcast_notification()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.send(
    jsonb_build_object('id', new.id, 'kind', new.kind, 'title', new.title, 'body', new.body,
                       'link', new.link, 'created_at', new.created_at, 'replaces', new.data ->> 'replaces'),
    'notification', 'user:' || new.user_id::text, true
  );
  return null;
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
    liker || case when others = 0 then ' a aimé votre publication'
                  when others = 1 then ' et 1 autre personne ont aimé votre publication'
                  else ' et ' || others || ' autres personnes ont aimé votre publication' end,
    coalesce(p.title, left(p.body, 140)), '/inside/' || p.id::text,
    jsonb_strip_nulls(jsonb_build_object('post_id', p.id, 'likers', others + 1, 'liker', new.user_id, 'replaces', replaced))
  );
  return null;
end;
$$;

revoke all on function private.notify_post_liked() from public;

create trigger post_likes_notify after insert on public.post_likes
  for each row execute function private.notify_post_liked();
