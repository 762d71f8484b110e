-- Admin analytics without counting big tables per request: documents awaiting review become a
-- running total kept by a trigger (sharded like private.weekly_activity), members by role come
-- from the role index minus the few non-active accounts, the median decision time from a covering
-- index, the active-user counts from one pass over auth.users. Same document (npm run bench).

create table private.running_totals (
  metric text not null,
  shard smallint not null,
  value bigint not null default 0,
  primary key (metric, shard)
);
comment on table private.running_totals is 'Running totals per metric, sharded to spread write contention (documents_pending).';

create index dossiers_decided_idx on public.dossiers (decided_at, submitted_at)
  where decided_at is not null and submitted_at is not null;

create function private.bump_running_total(metric text, delta integer)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.running_totals as t (metric, shard, value)
  values (metric, (pg_backend_pid() % 8)::smallint, delta)
  on conflict (metric, shard) do update set value = t.value + excluded.value
$$;

-- A document counts while it is pending: inserted, reviewed, reopened or deleted.
create function private.count_pending_document()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  delta integer := case when tg_op <> 'DELETE' and new.status = 'pending' then 1 else 0 end
                 - case when tg_op <> 'INSERT' and old.status = 'pending' then 1 else 0 end;
begin
  if delta <> 0 then
    perform private.bump_running_total('documents_pending', delta);
  end if;
  return null;
end;
$$;

create or replace function private.admin_analytics()
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
      with by_role as (
        select p.role, count(*) as n from public.profiles p group by p.role
      ), inactive as ( -- accounts_status_idx holds only the accounts that are not active
        select p.role, a.status, count(*) as n
        from public.accounts a join public.profiles p on p.id = a.user_id
        where a.status <> 'active'
        group by 1, 2
      ), combined as (
        select r.role, 'active'::public.account_status as status,
               r.n - coalesce((select sum(i.n) from inactive i where i.role = r.role), 0) as n
        from by_role r
        union all
        select i.role, i.status, i.n from inactive i
      )
      select coalesce(jsonb_agg(jsonb_build_object('role', x.role, 'status', x.status, 'count', x.n) order by x.role, x.status), '[]')
      from combined x where x.n > 0
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
    'documents_awaiting_review', (
      select coalesce(sum(t.value), 0)::bigint from private.running_totals t where t.metric = 'documents_pending'
    ),
    'registrations_per_event', (
      select coalesce(jsonb_agg(jsonb_build_object('event_id', e.id, 'title', e.title, 'starts_at', e.starts_at,
                                                   'capacity', e.capacity, 'registered', e.registered_count,
                                                   'waitlisted', e.waitlist_count) order by e.starts_at desc), '[]')
      from (select * from public.events ev where ev.status <> 'cancelled' order by ev.starts_at desc limit 20) e
    ),
    'active_users', (
      select jsonb_build_object(
        'last_7_days', count(*) filter (where u.last_sign_in_at > now() - interval '7 days'),
        'last_30_days', count(*))
      from auth.users u
      where u.last_sign_in_at > now() - interval '30 days'
    )
  );
end;
$$;

create trigger documents_count_pending after insert or delete or update of status on public.documents
  for each row execute function private.count_pending_document();

insert into private.running_totals (metric, shard, value)
select 'documents_pending', 0, count(*) from public.documents where status = 'pending';

revoke all on function private.bump_running_total(text, integer), private.count_pending_document() from public;
