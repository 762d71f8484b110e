-- In-app notifications per user and the email outbox, both written by triggers in the same
-- transaction as the change that causes them. private.notify() is the one entry point: it writes
-- the notification, enqueues an email when the kind deserves one and the user wants email, and
-- the notification is broadcast on the private channel user:<id>, which only that user may join.
-- The outbox is drained by the send-emails edge function, which pg_cron calls every minute.

-- Types

create type public.notification_kind as enum (
  'message_received', 'document_reviewed', 'dossier_status_changed',
  'event_registered', 'event_waitlisted', 'event_promoted', 'event_cancelled', 'event_reminder',
  'post_reply', 'post_liked',
  'task_assigned', 'task_reminder', 'task_overdue', 'document_expiring'
);
create type public.email_status as enum ('pending', 'sending', 'sent', 'dead');

-- Tables

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  kind public.notification_kind not null,
  title text not null,
  body text not null default '',
  link text constraint notifications_link_relative check (link is null or link ~ '^/[^/]'),
  data jsonb not null default '{}'::jsonb,
  read_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.notifications is 'In-app notifications of a user, written by triggers.';

comment on constraint notifications_link_relative on public.notifications is 'Le lien d''une notification doit être un chemin de l''application.';
comment on constraint notifications_user_id_fkey on public.notifications is 'Destinataire introuvable.';

create table public.email_outbox (
  id bigint generated always as identity primary key,
  user_id uuid references public.profiles (id) on delete cascade,
  to_email text not null,
  template public.notification_kind not null,
  payload jsonb not null default '{}'::jsonb,
  dedupe_key text unique,
  status public.email_status not null default 'pending',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  locked_at timestamptz,
  sent_at timestamptz,
  last_error text,
  created_at timestamptz not null default now()
);
comment on table public.email_outbox is 'Emails to send, enqueued with the change that causes them; drained by the send-emails function.';

comment on constraint email_outbox_dedupe_key_key on public.email_outbox is 'Ce courriel est déjà en file d''envoi.';
comment on constraint email_outbox_user_id_fkey on public.email_outbox is 'Destinataire introuvable.';

-- Indexes

create index notifications_user_created_idx on public.notifications (user_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;

create index email_outbox_due_idx on public.email_outbox (next_attempt_at, id) where status = 'pending';
create index email_outbox_sending_idx on public.email_outbox (locked_at) where status = 'sending';
create index email_outbox_user_idx on public.email_outbox (user_id);

-- Functions

-- Kinds that also go out by email (replies and likes stay in the app).
create function private.kind_sends_email(kind public.notification_kind)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select kind not in ('post_reply', 'post_liked')
$$;

create function private.notify(
  recipient uuid, kind public.notification_kind, title text, body text, link text,
  data jsonb default '{}', dedupe_key text default null
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  address text;
begin
  if recipient is null then
    return;
  end if;
  insert into public.notifications (user_id, kind, title, body, link, data)
  values (recipient, kind, title, body, link, data);
  if private.kind_sends_email(kind) then
    select u.email into address
    from public.accounts a join auth.users u on u.id = a.user_id
    where a.user_id = recipient and a.email_notifications and a.status = 'active';
    if address is not null then
      insert into public.email_outbox (user_id, to_email, template, payload, dedupe_key)
      values (recipient, address, kind, data || jsonb_build_object('title', title, 'body', body, 'link', link), dedupe_key)
      on conflict on constraint email_outbox_dedupe_key_key do nothing;
    end if;
  end if;
end;
$$;

-- The broadcast names the notification a new one replaces (grouped likes), so an open page swaps
-- it in place instead of counting it twice.
create function private.broadcast_notification()
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

create function public.mark_all_notifications_read()
returns integer
language sql
set search_path = ''
as $$
  with marked as (
    update public.notifications n set read_at = now()
    where n.user_id = (select auth.uid()) and n.read_at is null
    returning 1
  )
  select count(*)::integer from marked
$$;
comment on function public.mark_all_notifications_read() is 'Marks every notification of the caller as read.';

-- Outbox functions for the sender (service_role only). A claim leases rows; a lease that
-- expires (sender crashed) makes them claimable again.
create function public.claim_email_batch(batch_size integer default 50, lease interval default interval '5 minutes',
                                         max_attempts integer default 5)
returns setof public.email_outbox
language sql
security definer
set search_path = ''
as $$
  -- An email whose sender keeps dying with it (lease expired on its last attempt) is given up.
  update public.email_outbox
     set status = 'dead', locked_at = null, last_error = 'Envoi interrompu à chaque tentative (bail expiré).'
   where status = 'sending' and locked_at < now() - claim_email_batch.lease
     and attempts >= claim_email_batch.max_attempts;

  update public.email_outbox o
     set status = 'sending', locked_at = now(), attempts = o.attempts + 1
   where o.id in (
     select x.id from public.email_outbox x
     where (x.status = 'pending' and x.next_attempt_at <= now())
        or (x.status = 'sending' and x.locked_at < now() - claim_email_batch.lease)
     order by x.id
     limit least(greatest(claim_email_batch.batch_size, 1), 500)
     for update skip locked
   )
  returning o.*;
$$;

create function public.mark_email_sent(email_id bigint)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.email_outbox
     set status = 'sent', sent_at = now(), locked_at = null, last_error = null
   where id = mark_email_sent.email_id and status = 'sending'
$$;

-- Back-off doubles from one minute up to an hour; after max_attempts the email is dead.
create function public.mark_email_failed(email_id bigint, error text, max_attempts integer default 5)
returns public.email_status
language sql
security definer
set search_path = ''
as $$
  update public.email_outbox
     set status = case when attempts >= mark_email_failed.max_attempts then 'dead' else 'pending' end::public.email_status,
         next_attempt_at = now() + least(interval '1 minute' * power(2, attempts - 1), interval '1 hour'),
         locked_at = null,
         last_error = left(mark_email_failed.error, 2000)
   where id = mark_email_failed.email_id and status = 'sending'
  returning status
$$;

-- Calls an edge function with the service key, both read from Vault at each call (secrets
-- `project_url` and `service_role_key`); without them it does nothing. For pg_cron jobs.
create function private.invoke_edge_function(function_name text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform net.http_post(
    url := s.url || '/functions/v1/' || function_name,
    headers := jsonb_build_object('Content-Type', 'application/json', 'Authorization', 'Bearer ' || s.key, 'apikey', s.key),
    body := '{}'::jsonb,
    timeout_milliseconds := 60000
  )
  from (
    select (select decrypted_secret from vault.decrypted_secrets where name = 'project_url') as url,
           (select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key') as key
  ) s
  where s.url is not null and s.key is not null;
end;
$$;

-- Triggers

create trigger notifications_broadcast after insert on public.notifications
  for each row execute function private.broadcast_notification();
create trigger notifications_stamp_read before update on public.notifications
  for each row execute function private.stamp_read_at();

-- Grants

revoke all on function private.kind_sends_email(public.notification_kind),
  private.notify(uuid, public.notification_kind, text, text, text, jsonb, text),
  private.broadcast_notification() from public;
revoke all on function public.mark_all_notifications_read() from public, anon;
grant execute on function public.mark_all_notifications_read() to authenticated;
revoke all on function public.claim_email_batch(integer, interval, integer), public.mark_email_sent(bigint),
  public.mark_email_failed(bigint, text, integer) from public, anon, authenticated;
grant execute on function public.claim_email_batch(integer, interval, integer), public.mark_email_sent(bigint),
  public.mark_email_failed(bigint, text, integer) to service_role;
revoke all on function private.invoke_edge_function(text) from public;

revoke all on public.notifications, public.email_outbox from public, anon, authenticated, service_role;
grant select, delete on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
grant select, insert, update, delete on public.notifications to service_role;
grant select on public.email_outbox to service_role;

-- Row-level security

alter table public.notifications enable row level security;
alter table public.email_outbox enable row level security;

-- Each user reads, marks and clears only their own notifications. They quote dossiers and chats,
-- so staff do it only with their second factor, as for case files: private.case_user_id().
create policy notifications_select_own on public.notifications for select to authenticated
  using (user_id = (select private.case_user_id()));
create policy notifications_update_own on public.notifications for update to authenticated
  using (user_id = (select private.case_user_id()))
  with check (user_id = (select auth.uid()));
create policy notifications_delete_own on public.notifications for delete to authenticated
  using (user_id = (select private.case_user_id()));
-- email_outbox has no policy for the browser roles: only the sender's functions touch it.

-- Realtime: user:<id> is joined only by that user (with their second factor, for staff), and
-- only the database writes to it (no insert policy). The probe row Realtime reads back must
-- carry the joined topic itself.
create policy user_channel_select_self on realtime.messages for select to authenticated
  using (
    realtime.messages.extension = 'broadcast'
    and realtime.messages.topic = (select realtime.topic())
    and (select realtime.topic()) = 'user:' || (select private.case_user_id())::text
  );

-- Scheduled jobs, where pg_cron, pg_net and Vault exist (a Supabase project): send-emails every
-- minute, event reminders every five minutes (public.enqueue_event_reminders, live chapter), and
-- purge-files every hour (privacy chapter). Each edge function is called with the project URL and
-- service key read from Vault at each run (secrets `project_url` and `service_role_key`; a run
-- without them does nothing). On plain Postgres (the tests) this only says so and applies cleanly.
do $schedule$
declare
  missing text[] := array(
    select required from unnest(array['pg_cron', 'pg_net']) as required
    where not exists (select from pg_catalog.pg_available_extensions e where e.name = required)
  );
begin
  if cardinality(missing) > 0 or to_regclass('vault.decrypted_secrets') is null then
    raise notice 'Jobs not scheduled (send-emails, event-reminders, purge-files): % unavailable in this database.',
      array_to_string(missing || case when to_regclass('vault.decrypted_secrets') is null then array['vault'] end, ', ');
    return;
  end if;
  begin
    create extension if not exists pg_cron with schema pg_catalog;
    create extension if not exists pg_net with schema extensions;
  exception when others then
    raise warning 'Jobs not scheduled: could not enable pg_cron/pg_net (%).', sqlerrm;
    return;
  end;
  -- Same job names: re-running this replaces the schedules instead of adding them.
  perform cron.schedule('send-emails', '* * * * *', $$select private.invoke_edge_function('send-emails')$$);
  perform cron.schedule('event-reminders', '*/5 * * * *', 'select public.enqueue_event_reminders()');
  perform cron.schedule('purge-files', '17 * * * *', $$select private.invoke_edge_function('purge-files')$$);
end
$schedule$;
