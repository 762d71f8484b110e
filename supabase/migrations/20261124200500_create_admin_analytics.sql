-- Admin analytics in one JSON document. Large tables are never counted per call: weekly
-- activity (sign-ups, posts, comments, likes) is kept as running totals by triggers, spread over
-- a few shards per week so concurrent writers rarely wait on the same counter row.

create table private.weekly_activity (
  metric text not null,
  week date not null,
  shard smallint not null,
  value bigint not null default 0,
  primary key (metric, week, shard)
);
comment on table private.weekly_activity is 'Running weekly totals per metric, sharded to spread write contention.';

create function private.bump_weekly_activity(metric text, at timestamptz, delta integer)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.weekly_activity as w (metric, week, shard, value)
  values (metric, date_trunc('week', at at time zone 'America/Toronto')::date, (pg_backend_pid() % 8)::smallint, delta)
  on conflict (metric, week, shard) do update set value = w.value + excluded.value
$$;

create function private.count_weekly_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- A row counts in the week of its created_at: a deleted row leaves it, a moved date moves it.
  if tg_op = 'UPDATE' and new.created_at is not distinct from old.created_at then
    return null;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.bump_weekly_activity(tg_argv[0], new.created_at, 1);
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    perform private.bump_weekly_activity(tg_argv[0], old.created_at, -1);
  end if;
  return null;
end;
$$;

create trigger profiles_weekly_activity after insert or delete or update of created_at on public.profiles
  for each row execute function private.count_weekly_activity('signups');
create trigger posts_weekly_activity after insert or delete or update of created_at on public.posts
  for each row execute function private.count_weekly_activity('posts');
create trigger comments_weekly_activity after insert or delete or update of created_at on public.comments
  for each row execute function private.count_weekly_activity('comments');
create trigger post_likes_weekly_activity after insert or delete or update of created_at on public.post_likes
  for each row execute function private.count_weekly_activity('likes');

insert into private.weekly_activity (metric, week, shard, value)
select m.metric, date_trunc('week', m.created_at at time zone 'America/Toronto')::date, 0, count(*)
from (
  select 'signups' as metric, created_at from public.profiles
  union all select 'posts', created_at from public.posts
  union all select 'comments', created_at from public.comments
  union all select 'likes', created_at from public.post_likes
) m
group by 1, 2;

create function private.admin_analytics()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  since date := (date_trunc('week', now() at time zone 'America/Toronto') - interval '11 weeks')::date;
begin
  perform private.assert_admin();
  return jsonb_build_object(
    'generated_at', now(),
    'users_by_role_and_status', (
      select coalesce(jsonb_agg(jsonb_build_object('role', x.role, 'status', x.status, 'count', x.n) order by x.role, x.status), '[]')
      from (select p.role, a.status, count(*) as n
            from public.profiles p join public.accounts a on a.user_id = p.id
            group by 1, 2) x
    ),
    'weekly', (
      select coalesce(jsonb_agg(jsonb_build_object('week', w.week, 'signups', w.signups, 'posts', w.posts,
                                                   'comments', w.comments, 'likes', w.likes) order by w.week), '[]')
      from (
        select g.week::date as week,
               coalesce(sum(a.value) filter (where a.metric = 'signups'), 0) as signups,
               coalesce(sum(a.value) filter (where a.metric = 'posts'), 0) as posts,
               coalesce(sum(a.value) filter (where a.metric = 'comments'), 0) as comments,
               coalesce(sum(a.value) filter (where a.metric = 'likes'), 0) as likes
        from generate_series(since, since + 77, interval '1 week') g (week)
        left join private.weekly_activity a on a.week = g.week::date
        group by g.week
      ) w
    ),
    'dossiers_by_status', (
      select coalesce(jsonb_object_agg(x.status, x.n), '{}')
      from (select d.status, count(*) as n from public.dossiers d group by 1) x
    ),
    'median_days_to_decision', (
      select round((extract(epoch from percentile_cont(0.5) within group (order by d.decided_at - d.submitted_at)) / 86400)::numeric, 1)
      from public.dossiers d
      where d.decided_at is not null and d.submitted_at is not null
    ),
    'documents_awaiting_review', (select count(*) from public.documents x where x.status = 'pending'),
    'registrations_per_event', (
      select coalesce(jsonb_agg(jsonb_build_object('event_id', e.id, 'title', e.title, 'starts_at', e.starts_at,
                                                   'capacity', e.capacity, 'registered', e.registered_count,
                                                   'waitlisted', e.waitlist_count) order by e.starts_at desc), '[]')
      from (select * from public.events ev where ev.status <> 'cancelled' order by ev.starts_at desc limit 20) e
    ),
    'active_users', jsonb_build_object(
      'last_7_days', (select count(*) from auth.users u where u.last_sign_in_at > now() - interval '7 days'),
      'last_30_days', (select count(*) from auth.users u where u.last_sign_in_at > now() - interval '30 days')
    )
  );
end;
$$;

create function public.admin_analytics()
returns jsonb
language sql
stable
set search_path = ''
as $$ select private.admin_analytics() $$;
comment on function public.admin_analytics() is 'Dashboard figures for active admins, from running totals and small aggregates.';

revoke all on function private.bump_weekly_activity(text, timestamptz, integer), private.count_weekly_activity() from public;
revoke all on function public.admin_analytics() from public, anon;
grant execute on function public.admin_analytics() to authenticated;
revoke all on function private.admin_analytics() from public;
grant execute on function private.admin_analytics() to authenticated;
