-- Administration. The audit log: an append-only record of admin and pro actions (role and status
-- changes, assignments, reviews, moderation, event changes), kept at least six years as consultants
-- must keep their files. Role and account status change only through the functions here: active
-- admins with their second factor, never on themselves, always audited; a suspension takes effect
-- at once because every policy reads the caller's standing. The user list, and the analytics
-- dashboard from running totals kept by triggers (never counting a big table per request).

-- Tables

create table public.audit_log (
  id bigint generated always as identity primary key,
  actor_id uuid, -- no foreign key: the trail must keep naming the actor after their account is gone
  action text not null constraint audit_log_action_format check (action ~ '^[a-z_]+\.[a-z_]+$'),
  target_table text not null,
  target_id text not null,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
comment on table public.audit_log is 'Append-only trail of admin and pro actions, retained six years.';

comment on constraint audit_log_action_format on public.audit_log is
  E'Action du journal d’audit mal formée.\n'
  'Malformed audit log action.';

-- Weekly activity (sign-ups, posts, comments, likes) and other running totals, spread over a few
-- shards so that concurrent writers rarely wait on the same counter row.
create table private.weekly_activity (
  metric text not null,
  week date not null,
  shard smallint not null,
  value bigint not null default 0,
  primary key (metric, week, shard)
);
comment on table private.weekly_activity is 'Running weekly totals per metric, sharded to spread write contention.';

create table private.running_totals (
  metric text not null,
  shard smallint not null,
  value bigint not null default 0,
  primary key (metric, shard)
);
comment on table private.running_totals is
  'Running totals per metric, sharded to spread write contention: documents_pending, members.<role>, dossiers.<status>.';

-- Decisions by whole days from submission to decision: the median decision time is found in one
-- bucket instead of sorting every decision. Decisions are rare writes, so one row per bucket.
create table private.decision_days (
  days integer primary key,
  value bigint not null default 0
);
comment on table private.decision_days is 'Running count of decided dossiers per whole day from submission to decision.';

-- Each user's latest sign-in (auth.users.last_sign_in_at, which Auth owns and we cannot index) and
-- how many users' latest sign-in fell on each UTC day: "signed in since t" is the days after t's
-- day plus the few sign-ins of t's own day, whatever the number of users.
create table private.last_sign_ins (
  user_id uuid primary key,
  signed_in_at timestamptz not null
);
comment on table private.last_sign_ins is 'Mirror of auth.users.last_sign_in_at, kept by a trigger on auth.users.';

create table private.sign_ins_by_day (
  day date not null,
  shard smallint not null,
  value bigint not null default 0,
  primary key (day, shard)
);
comment on table private.sign_ins_by_day is 'Running count of users whose latest sign-in fell on each UTC day, sharded.';

-- Indexes

create index audit_log_created_at_idx on public.audit_log (created_at desc);
create index audit_log_actor_idx on public.audit_log (actor_id, created_at desc);
create index audit_log_target_idx on public.audit_log (target_table, target_id);

-- The median decision time: a few entries of one day's bucket (private.decision_days).
create index dossiers_decision_time_idx on public.dossiers ((decided_at - submitted_at))
  where decided_at is not null and submitted_at is not null;
create index last_sign_ins_signed_in_at_idx on private.last_sign_ins (signed_in_at);

-- Functions

-- Written only by definer functions (the caller is the actor); nobody edits the trail, and rows
-- younger than six years cannot be deleted.
create function private.write_audit(action text, target_table text, target_id text, details jsonb default '{}')
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.audit_log (actor_id, action, target_table, target_id, details)
  values (auth.uid(), write_audit.action, write_audit.target_table, write_audit.target_id, write_audit.details)
$$;

create function private.guard_audit_log()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    if old.created_at <= now() - interval '6 years' then
      return old;
    end if;
  end if;
  raise exception '%', private.caller_text(
    'Le journal d’audit est en ajout seul (conservation de six ans).',
    'The audit log is append-only (kept for six years).') using errcode = '42501';
end;
$$;

-- Roles and account status: admins only, never on themselves, always audited.
create function private.set_user_role(user_id uuid, role public.user_role)
returns public.profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  p public.profiles;
  previous public.user_role;
begin
  perform private.assert_admin();
  if set_user_role.role is null then
    raise exception '%', private.caller_text(
      'Indiquez le rôle : candidat, consultant ou administrateur.',
      'Give the role: applicant, consultant or administrator.') using errcode = '22023';
  end if;
  if set_user_role.user_id = auth.uid() then
    raise exception '%', private.caller_text(
      'Un administrateur ne peut pas changer son propre rôle.',
      'An administrator cannot change their own role.') using errcode = '42501';
  end if;
  select pr.role into previous from public.profiles pr where pr.id = set_user_role.user_id for update;
  if not found then
    raise exception '%', private.caller_text('Utilisateur introuvable.', 'User not found.') using errcode = 'P0002';
  end if;
  update public.profiles pr set role = set_user_role.role where pr.id = set_user_role.user_id returning * into p;
  perform private.write_audit('user.role_changed', 'profiles', p.id::text,
    jsonb_build_object('from', previous, 'to', p.role));
  return p;
end;
$$;

create function public.set_user_role(user_id uuid, role public.user_role)
returns public.profiles
language sql
set search_path = ''
as $$ select * from private.set_user_role($1, $2) $$;
comment on function public.set_user_role(uuid, public.user_role) is 'Admins change another user''s role.';

-- The member is told of a suspension by email, as the terms promise. It is an account email: it goes
-- whatever their email preferences, and not through private.notify(), which mails active accounts only.
create function private.tell_suspended(user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  title constant text := private.member_text(tell_suspended.user_id, 'Votre compte CAPITUNE est suspendu',
                                             'Your CAPITUNE account is suspended');
  body constant text := private.member_text(tell_suspended.user_id,
    'Un administrateur a suspendu votre compte. Pour en connaître le motif ou le contester, répondez à ce courriel.',
    'An administrator suspended your account. To learn why or to contest it, reply to this email.');
  link constant text := '/compte-suspendu';
  address text;
begin
  insert into public.notifications (user_id, kind, title, body, link)
  values (tell_suspended.user_id, 'account_suspended', title, body, link);
  select u.email into address from auth.users u where u.id = tell_suspended.user_id;
  if address is not null then
    -- The template writes in the reader's language, as private.enqueue_email() tells the others.
    insert into public.email_outbox (user_id, to_email, template, payload)
    values (tell_suspended.user_id, address, 'account_suspended',
            jsonb_build_object('title', title, 'body', body, 'link', link,
                               'locale', private.member_locale(tell_suspended.user_id),
                               'time_zone', private.member_time_zone(tell_suspended.user_id)));
  end if;
end;
$$;

create function private.set_account_status(user_id uuid, status public.account_status)
returns public.accounts
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.accounts;
  previous public.account_status;
begin
  perform private.assert_admin();
  if set_account_status.status is null then
    raise exception '%', private.caller_text(
      'Indiquez le statut du compte : actif ou suspendu.',
      'Give the account status: active or suspended.') using errcode = '22023';
  end if;
  if set_account_status.user_id = auth.uid() then
    raise exception '%', private.caller_text(
      'Un administrateur ne peut pas suspendre son propre compte.',
      'An administrator cannot suspend their own account.') using errcode = '42501';
  end if;
  select ac.status into previous from public.accounts ac where ac.user_id = set_account_status.user_id for update;
  if not found then
    raise exception '%', private.caller_text('Utilisateur introuvable.', 'User not found.') using errcode = 'P0002';
  end if;
  update public.accounts ac set status = set_account_status.status
   where ac.user_id = set_account_status.user_id returning * into a;
  perform private.write_audit('user.status_changed', 'accounts', a.user_id::text,
    jsonb_build_object('from', previous, 'to', a.status));
  if previous = 'active' and a.status = 'suspended' then
    perform private.tell_suspended(a.user_id);
  end if;
  return a;
end;
$$;

create function public.set_account_status(user_id uuid, status public.account_status)
returns public.accounts
language sql
set search_path = ''
as $$ select * from private.set_account_status($1, $2) $$;
comment on function public.set_account_status(uuid, public.account_status) is 'Admins suspend or reactivate another user.';

-- The admin screen's user list: name, email (from auth.users, which no public table exposes), role,
-- status and last sign-in, searchable by name or email and paged, with the total count. Read by the
-- admin-users edge function as the admin.
create function private.admin_list_users(search text default null, page integer default 1, page_size integer default 20)
returns table (
  id uuid,
  full_name text,
  email text,
  role public.user_role,
  status public.account_status,
  created_at timestamptz,
  last_sign_in_at timestamptz,
  total_count bigint
)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  -- The search is a substring, not a pattern: LIKE's own characters are escaped.
  pattern text := '%' || replace(replace(replace(coalesce(btrim(admin_list_users.search), ''),
                    '\', '\\'), '%', '\%'), '_', '\_') || '%';
begin
  perform private.assert_admin();
  -- The admin-users function's bounds (supabase/functions/admin-users/schema.ts), so that the offset
  -- stays an integer and the pattern a short one.
  if admin_list_users.page is null or admin_list_users.page not between 1 and 10000
     or admin_list_users.page_size is null or admin_list_users.page_size not between 1 and 100 then
    raise exception '%', private.caller_text(
      'Pagination invalide : page de 1 à 10 000 et taille de 1 à 100.',
      'Invalid pagination: page from 1 to 10,000 and size from 1 to 100.') using errcode = '22023';
  end if;
  if char_length(admin_list_users.search) > 100 then
    raise exception '%', private.caller_text(
      'La recherche ne peut dépasser 100 caractères.',
      'A search cannot be longer than 100 characters.') using errcode = '22023';
  end if;
  return query
    select p.id, p.full_name, u.email::text, p.role, a.status, p.created_at, u.last_sign_in_at,
           count(*) over () as total_count
    from public.profiles p
    join public.accounts a on a.user_id = p.id
    join auth.users u on u.id = p.id
    where pattern = '%%' or p.full_name ilike pattern escape '\' or u.email ilike pattern escape '\'
    order by p.created_at desc, p.id
    limit admin_list_users.page_size
    offset (admin_list_users.page - 1) * admin_list_users.page_size;
end;
$$;

create function public.admin_list_users(search text default null, page integer default 1, page_size integer default 20)
returns table (
  id uuid,
  full_name text,
  email text,
  role public.user_role,
  status public.account_status,
  created_at timestamptz,
  last_sign_in_at timestamptz,
  total_count bigint
)
language sql
stable
set search_path = ''
as $$ select * from private.admin_list_users($1, $2, $3) $$;
comment on function public.admin_list_users(text, integer, integer) is
  'Admins list users (search by name or email, paged) with email, role, status, last sign-in and the total count.';

-- A count leaves the week of `from_at` and joins the week of `to_at` (either may be null). The rows
-- are locked in week order, so that two writers moving counts between the same weeks in opposite
-- directions wait for each other instead of deadlocking.
create function private.move_weekly_activity(metric text, from_at timestamptz, to_at timestamptz)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.weekly_activity as w (metric, week, shard, value)
  select move_weekly_activity.metric, c.week, (pg_backend_pid() % 8)::smallint, sum(c.delta)
  from (values (date_trunc('week', from_at at time zone 'America/Toronto')::date, -1),
               (date_trunc('week', to_at at time zone 'America/Toronto')::date, 1)) as c(week, delta)
  where c.week is not null
  group by c.week
  having sum(c.delta) <> 0
  order by c.week
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
  perform private.move_weekly_activity(tg_argv[0],
    case when tg_op <> 'INSERT' then old.created_at end, case when tg_op <> 'DELETE' then new.created_at end);
  return null;
end;
$$;

-- A count leaves `from_metric` and joins `to_metric` (either may be null), rows locked in metric
-- order: a dossier going from A to B and another from B to A on the same shard would otherwise each
-- hold one row and wait for the other's.
create function private.move_running_total(from_metric text, to_metric text)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.running_totals as t (metric, shard, value)
  select c.metric, (pg_backend_pid() % 8)::smallint, sum(c.delta)
  from (values (from_metric, -1), (to_metric, 1)) as c(metric, delta)
  where c.metric is not null
  group by c.metric
  having sum(c.delta) <> 0
  order by c.metric
  on conflict (metric, shard) do update set value = t.value + excluded.value
$$;

-- A document counts while it is pending: inserted, reviewed, reopened or deleted.
create function private.count_pending_document()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.move_running_total(
    case when tg_op <> 'INSERT' and old.status = 'pending' then 'documents_pending' end,
    case when tg_op <> 'DELETE' and new.status = 'pending' then 'documents_pending' end);
  return null;
end;
$$;

-- A member counts under their role: signed up, role changed or account deleted.
create function private.count_member_role()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.role is not distinct from old.role then
    return null;
  end if;
  perform private.move_running_total(
    case when tg_op <> 'INSERT' then 'members.' || old.role end, case when tg_op <> 'DELETE' then 'members.' || new.role end);
  return null;
end;
$$;

-- Whole days from submission to decision, or null while the dossier is undecided.
create function private.decision_day(submitted_at timestamptz, decided_at timestamptz)
returns integer
language plpgsql
immutable
set search_path = ''
as $$
begin
  return floor(extract(epoch from decided_at - submitted_at) / 86400)::integer;
end;
$$;

-- A dossier counts under its status, and once decided under its decision time's day.
create function private.count_dossier()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_status public.dossier_status;
  new_status public.dossier_status;
  old_day integer;
  new_day integer;
begin
  if tg_op <> 'INSERT' then
    old_status := old.status;
    old_day := private.decision_day(old.submitted_at, old.decided_at);
  end if;
  if tg_op <> 'DELETE' then
    new_status := new.status;
    new_day := private.decision_day(new.submitted_at, new.decided_at);
  end if;
  perform private.move_running_total('dossiers.' || old_status, 'dossiers.' || new_status);
  -- Day rows in day order, for the same reason as move_running_total's.
  insert into private.decision_days as d (days, value)
  select c.days, sum(c.delta)
  from (values (old_day, -1), (new_day, 1)) as c(days, delta)
  where c.days is not null
  group by c.days
  having sum(c.delta) <> 0
  order by c.days
  on conflict (days) do update set value = d.value + excluded.value;
  return null;
end;
$$;

-- Follows auth.users.last_sign_in_at (Auth writes it at each sign-in): the mirror row, and the
-- count of the UTC day it leaves and of the one it joins.
create function private.count_sign_in()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_at timestamptz := case when tg_op <> 'INSERT' then old.last_sign_in_at end;
  new_at timestamptz := case when tg_op <> 'DELETE' then new.last_sign_in_at end;
  my_shard smallint := (pg_backend_pid() % 8)::smallint;
begin
  if old_at is not distinct from new_at then
    return null;
  end if;
  if new_at is null then
    delete from private.last_sign_ins s where s.user_id = old.id;
  else
    insert into private.last_sign_ins as s (user_id, signed_in_at) values (new.id, new_at)
    on conflict (user_id) do update set signed_in_at = excluded.signed_in_at;
  end if;
  -- Day rows in day order, for the same reason as move_running_total's.
  insert into private.sign_ins_by_day as d (day, shard, value)
  select c.day, my_shard, sum(c.delta)
  from (values ((old_at at time zone 'UTC')::date, -1), ((new_at at time zone 'UTC')::date, 1)) as c(day, delta)
  where c.day is not null
  group by c.day
  having sum(c.delta) <> 0
  order by c.day
  on conflict (day, shard) do update set value = d.value + excluded.value;
  return null;
end;
$$;

-- Users whose latest sign-in is after `since`: whole UTC days from the running counts, the rest
-- of since's own day from the mirror's index.
-- PL/pgSQL, so that each connection plans it once.
create function private.signed_in_since(since timestamptz)
returns bigint
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce((select sum(d.value) from private.sign_ins_by_day d where d.day > (since at time zone 'UTC')::date), 0)
       + (select count(*) from private.last_sign_ins s
          where s.signed_in_at > since and s.signed_in_at < date_trunc('day', since, 'UTC') + interval '1 day');
end;
$$;

-- The median decision time in days (one decimal), as percentile_cont(0.5) over every decision:
-- the middle rank's day from the running counts, then the one or two middle decisions read from
-- the decision-time index within that day.
create function private.median_days_to_decision()
returns numeric
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  decided bigint;
  middle bigint;
  bucket integer;
  before bigint;
  seconds double precision[];
begin
  select coalesce(sum(d.value), 0) into decided from private.decision_days d;
  if decided = 0 then
    return null;
  end if;
  middle := (decided - 1) / 2; -- rank (from 0) of the lower middle decision
  select c.days, c.upto - c.value into bucket, before
  from (select d.days, d.value, sum(d.value) over (order by d.days) as upto from private.decision_days d where d.value <> 0) c
  where c.upto > middle
  order by c.days
  limit 1;
  select array_agg(extract(epoch from x.t)::double precision) into seconds
  from (select d.decided_at - d.submitted_at as t from public.dossiers d
        where d.decided_at is not null and d.submitted_at is not null
          and d.decided_at - d.submitted_at >= make_interval(secs => bucket * 86400.0)
        order by d.decided_at - d.submitted_at
        offset middle - before
        limit 2 - (decided % 2)) x;
  return round((((seconds[1] + seconds[cardinality(seconds)]) / 2) / 86400)::numeric, 1);
end;
$$;

-- Dashboard figures in one JSON document, none counting a table that grows with the members or
-- the dossiers: members by role and dossiers by status, weekly activity, documents awaiting review
-- and active users from running totals (minus the few non-active accounts from their own index),
-- the median decision time from one day's bucket.
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
      with by_role as (
        select substr(t.metric, 9)::public.user_role as role, sum(t.value) as n
        from private.running_totals t where t.metric like 'members.%' group by 1
      ), inactive as ( -- accounts_status_idx holds only the accounts that are not active; each
        -- role is read by primary key (a join would hash every profile)
        select (select p.role from public.profiles p where p.id = a.user_id) as role, a.status, count(*) as n
        from public.accounts a
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
      from (select substr(t.metric, 10) as status, sum(t.value) as n
            from private.running_totals t where t.metric like 'dossiers.%' group by 1 having sum(t.value) <> 0) x
    ),
    'median_days_to_decision', private.median_days_to_decision(),
    'documents_awaiting_review', (
      select coalesce(sum(t.value), 0)::bigint from private.running_totals t where t.metric = 'documents_pending'
    ),
    'registrations_per_event', (
      select coalesce(jsonb_agg(jsonb_build_object('event_id', e.id, 'title', e.title, 'starts_at', e.starts_at,
                                                   'capacity', e.capacity, 'registered', e.registered_count,
                                                   'waitlisted', e.waitlist_count) order by e.starts_at desc), '[]')
      from (select * from public.events ev where ev.status <> 'cancelled' order by ev.starts_at desc limit 20) e
    ),
    'active_users', jsonb_build_object(
      'last_7_days', private.signed_in_since(now() - interval '7 days'),
      'last_30_days', private.signed_in_since(now() - interval '30 days'))
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

-- Triggers

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.guard_audit_log();
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.guard_audit_log();

create trigger profiles_weekly_activity after insert or delete or update of created_at on public.profiles
  for each row execute function private.count_weekly_activity('signups');
create trigger posts_weekly_activity after insert or delete or update of created_at on public.posts
  for each row execute function private.count_weekly_activity('posts');
create trigger comments_weekly_activity after insert or delete or update of created_at on public.comments
  for each row execute function private.count_weekly_activity('comments');
create trigger post_likes_weekly_activity after insert or delete or update of created_at on public.post_likes
  for each row execute function private.count_weekly_activity('likes');

create trigger documents_count_pending after insert or delete or update of status on public.documents
  for each row execute function private.count_pending_document();
create trigger profiles_count_role after insert or delete or update of role on public.profiles
  for each row execute function private.count_member_role();
create trigger dossiers_count after insert or delete or update of status, submitted_at, decided_at on public.dossiers
  for each row execute function private.count_dossier();
create trigger auth_users_count_sign_in after insert or delete or update of last_sign_in_at on auth.users
  for each row execute function private.count_sign_in();

-- Grants

revoke all on function private.write_audit(text, text, text, jsonb), private.guard_audit_log(),
  private.tell_suspended(uuid) from public;

revoke all on function public.set_user_role(uuid, public.user_role),
  public.set_account_status(uuid, public.account_status) from public, anon;
grant execute on function public.set_user_role(uuid, public.user_role),
  public.set_account_status(uuid, public.account_status) to authenticated;
revoke all on function private.set_user_role(uuid, public.user_role),
  private.set_account_status(uuid, public.account_status) from public;
grant execute on function private.set_user_role(uuid, public.user_role),
  private.set_account_status(uuid, public.account_status) to authenticated;
revoke all on function public.admin_list_users(text, integer, integer) from public, anon;
grant execute on function public.admin_list_users(text, integer, integer) to authenticated;
revoke all on function private.admin_list_users(text, integer, integer) from public;
grant execute on function private.admin_list_users(text, integer, integer) to authenticated;
revoke all on function private.move_weekly_activity(text, timestamptz, timestamptz), private.count_weekly_activity() from public;
revoke all on function public.admin_analytics() from public, anon;
grant execute on function public.admin_analytics() to authenticated;
revoke all on function private.admin_analytics() from public;
grant execute on function private.admin_analytics() to authenticated;
revoke all on function private.move_running_total(text, text), private.count_pending_document() from public;
revoke all on function private.count_member_role(), private.decision_day(timestamptz, timestamptz), private.count_dossier(),
  private.count_sign_in(), private.signed_in_since(timestamptz), private.median_days_to_decision() from public;

revoke all on public.audit_log from public, anon, authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;

-- Row-level security

alter table public.audit_log enable row level security;

-- Only admins read the trail; it quotes case files, so only with their second factor, which
-- is_admin() holds.
create policy audit_log_select_admin on public.audit_log for select to authenticated
  using ((select private.is_admin()));
