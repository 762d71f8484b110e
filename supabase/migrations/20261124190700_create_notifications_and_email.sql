-- In-app notifications per user and the email outbox, both written by triggers in the same
-- transaction as the change that causes them. private.notify() is the one entry point: it writes
-- the notification, enqueues an email when the kind deserves one and the user wants email, and
-- the notification is broadcast on the private channel user:<id>, which only that user may join.
-- The outbox is drained by the send-emails edge function, which pg_cron calls every minute.
-- Members choose which kinds of email they receive (security and account emails always go); each
-- email names its kind so one signed link turns that kind off. Chat emails: the first unread message
-- of a dossier goes at once, later ones gather into at most one digest per 15 minutes, and reading
-- the chat cancels the pending digest (chat chapter).

-- Types

create type public.notification_kind as enum (
  'message_received', 'document_reviewed', 'dossier_status_changed',
  'event_registered', 'event_waitlisted', 'event_promoted', 'event_cancelled', 'event_reminder',
  'post_reply', 'post_liked',
  'task_assigned', 'task_reminder', 'task_overdue', 'document_expiring',
  'account_suspended'
);
create type public.email_status as enum ('pending', 'sending', 'sent', 'dead', 'cancelled');
-- What a member chooses to receive by email. Security and account emails cannot be turned off.
create type public.email_kind as enum ('security', 'account', 'messages', 'dossiers', 'tasks', 'events', 'community');

-- The kind of email each template is (the outbox stores it, computed, so the sender need not know).
create function private.email_kind_of(template public.notification_kind)
returns public.email_kind
language sql
immutable
set search_path = ''
as $$
  select case
    when template = 'message_received' then 'messages'
    when template in ('document_reviewed', 'dossier_status_changed') then 'dossiers'
    when template in ('task_assigned', 'task_reminder', 'task_overdue', 'document_expiring') then 'tasks'
    when template in ('event_registered', 'event_waitlisted', 'event_promoted', 'event_cancelled', 'event_reminder') then 'events'
    when template = 'account_suspended' then 'account'
    else 'community'
  end::public.email_kind
$$;

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

comment on constraint notifications_link_relative on public.notifications is
  E'Le lien d’une notification doit être un chemin de l’application.\n'
  'A notification’s link must be a path in the app.';
comment on constraint notifications_user_id_fkey on public.notifications is
  E'Destinataire introuvable.\n'
  'Recipient not found.';

create table public.email_outbox (
  id bigint generated always as identity primary key,
  user_id uuid references public.profiles (id) on delete cascade,
  to_email text not null,
  template public.notification_kind not null,
  payload jsonb not null default '{}'::jsonb,
  dedupe_key text unique,
  email_kind public.email_kind not null generated always as (private.email_kind_of(template)) stored,
  status public.email_status not null default 'pending',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  locked_at timestamptz,
  sent_at timestamptz,
  last_error text,
  created_at timestamptz not null default now()
);
comment on table public.email_outbox is 'Emails to send, enqueued with the change that causes them; drained by the send-emails function.';

comment on constraint email_outbox_dedupe_key_key on public.email_outbox is
  E'Ce courriel est déjà en file d’envoi.\n'
  'This email is already waiting to be sent.';
comment on constraint email_outbox_user_id_fkey on public.email_outbox is
  E'Destinataire introuvable.\n'
  'Recipient not found.';

create table public.email_preferences (
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  kind public.email_kind not null,
  enabled boolean not null,
  updated_at timestamptz not null default now(),
  primary key (user_id, kind),
  constraint email_preferences_required_kinds check (enabled or kind not in ('security', 'account'))
);
comment on table public.email_preferences is 'Kinds of email a member turned off (or back on); a kind without a row is sent.';
comment on constraint email_preferences_required_kinds on public.email_preferences is
  E'Les courriels de sécurité et de compte ne peuvent pas être désactivés.\n'
  'Security and account emails cannot be turned off.';
comment on constraint email_preferences_user_id_fkey on public.email_preferences is
  E'Membre introuvable.\n'
  'Member not found.';

-- One random token per member signs their unsubscribe links (opaque, 256 bits): checked by one
-- lookup in the transaction that turns the kind off, rotated per member by a new value.
create table private.email_unsubscribe_tokens (
  user_id uuid primary key references public.profiles (id) on delete cascade,
  token text not null unique default encode(extensions.gen_random_bytes(32), 'hex'),
  created_at timestamptz not null default now()
);
comment on table private.email_unsubscribe_tokens is 'The secret in each member''s unsubscribe links; a new value revokes the old links.';

-- Per dossier and recipient: when the next chat email may go, and the pending digest that gathers
-- the messages until then.
create table private.chat_email_digests (
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  next_email_at timestamptz,
  digest_id bigint references public.email_outbox (id) on delete set null,
  primary key (dossier_id, user_id)
);
comment on table private.chat_email_digests is 'Chat email pacing per dossier and recipient: next allowed send, pending digest.';

-- Indexes

create index notifications_user_created_idx on public.notifications (user_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;

create index email_outbox_due_idx on public.email_outbox (next_attempt_at, id) where status = 'pending';
create index email_outbox_sending_idx on public.email_outbox (locked_at) where status = 'sending';
create index email_outbox_user_idx on public.email_outbox (user_id);
create index chat_email_digests_user_idx on private.chat_email_digests (user_id);
create index chat_email_digests_digest_idx on private.chat_email_digests (digest_id) where digest_id is not null;

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

-- The email a recipient queues when allowed: active account, email on, this kind not turned off.
-- The payload carries the recipient's language and zone, which the templates write in, and an event's
-- start as the notification writes it (starts_at_text): the database's zone rules are the only ones, so
-- the email never reads another wall time than the notification whatever tzdata the sender carries.
-- Returns the outbox row, or null when nothing was queued.
create function private.enqueue_email(
  recipient uuid, template public.notification_kind, payload jsonb, dedupe_key text default null,
  send_at timestamptz default now()
)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  address text;
  reader jsonb;
  queued bigint;
begin
  select u.email, jsonb_build_object('locale', a.locale, 'time_zone', a.time_zone) into address, reader
  from public.accounts a join auth.users u on u.id = a.user_id
  where a.user_id = recipient and a.status = 'active'
    and not exists (select from public.email_preferences p
                    where p.user_id = recipient and p.kind = private.email_kind_of(template) and not p.enabled);
  if address is null then
    return null;
  end if;
  if payload ? 'starts_at' then
    reader := reader || jsonb_build_object(
      'starts_at_text', private.member_local_time((payload ->> 'starts_at')::timestamptz, recipient));
  end if;
  insert into public.email_outbox (user_id, to_email, template, payload, dedupe_key, next_attempt_at)
  values (recipient, address, template, payload || reader, dedupe_key, send_at)
  on conflict on constraint email_outbox_dedupe_key_key do nothing
  returning id into queued;
  return queued;
end;
$$;

-- Chat emails carry who wrote and when, never what: a case's chat holds passport numbers, health
-- and family matters, and email is kept, forwarded and read on shared screens. The first unread
-- message of a dossier goes at once; while it stays unread, later messages gather into one digest
-- sent 15 minutes after the previous chat email. The row lock on the pacing row orders concurrent
-- messages, so they join one digest. Times come from the message (a test pins them), each written
-- in the recipient's zone and language here (sent_at_text), as every time in an email is.
create function private.enqueue_chat_email(recipient uuid, message_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  m public.messages;
  d public.dossiers;
  pacing private.chat_email_digests;
  item jsonb;
  send_at timestamptz;
  queued bigint;
begin
  select * into m from public.messages x where x.id = message_id;
  select * into d from public.dossiers x where x.id = m.dossier_id;
  insert into private.chat_email_digests (dossier_id, user_id) values (d.id, recipient) on conflict do nothing;
  select * into pacing from private.chat_email_digests w where w.dossier_id = d.id and w.user_id = recipient for update;
  item := jsonb_build_object('sender_name', (select p.full_name from public.profiles p where p.id = m.sender_id),
                             'sent_at', m.created_at, 'sent_at_text', private.member_local_time(m.created_at, recipient));

  if not exists (select from public.messages x
                 where x.dossier_id = d.id and x.read_at is null and x.sender_id <> recipient and x.id <> m.id) then
    perform private.enqueue_email(
      recipient, 'message_received',
      jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'link', '/dossiers/' || d.id::text,
                         'time_zone', private.member_time_zone(recipient), 'messages', jsonb_build_array(item)),
      'chat:' || m.id::text || ':' || recipient::text, m.created_at);
    update private.chat_email_digests w set next_email_at = m.created_at + interval '15 minutes', digest_id = null
     where w.dossier_id = d.id and w.user_id = recipient;
    return;
  end if;

  update public.email_outbox o set payload = jsonb_set(o.payload, '{messages}', (o.payload -> 'messages') || item)
   where o.id = pacing.digest_id and o.status = 'pending';
  if found then
    return;
  end if;
  send_at := greatest(m.created_at, coalesce(pacing.next_email_at, m.created_at));
  queued := private.enqueue_email(
    recipient, 'message_received',
    jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'link', '/dossiers/' || d.id::text,
                       'time_zone', private.member_time_zone(recipient), 'digest', true, 'messages', jsonb_build_array(item)),
    'chat-digest:' || m.id::text || ':' || recipient::text, send_at);
  update private.chat_email_digests w set next_email_at = send_at + interval '15 minutes', digest_id = queued
   where w.dossier_id = d.id and w.user_id = recipient;
end;
$$;

-- Turning a kind off also withdraws its emails still waiting (a pending digest among them).
create function private.withdraw_unwanted_emails()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.email_outbox o set status = 'cancelled'
   where o.user_id = new.user_id and o.email_kind = new.kind and o.status = 'pending';
  return null;
end;
$$;

-- The caller's choice for one kind; the table's check refuses turning off security or account.
create function public.set_email_preference(kind public.email_kind, enabled boolean)
returns void
language sql
set search_path = ''
as $$
  insert into public.email_preferences as p (kind, enabled)
  values (set_email_preference.kind, set_email_preference.enabled)
  on conflict (user_id, kind) do update set enabled = excluded.enabled
$$;
comment on function public.set_email_preference(public.email_kind, boolean) is
  'Turns one kind of email on or off for the caller (security and account emails stay on).';

-- For the send-emails function: each recipient's unsubscribe token, made on first need.
create function public.email_unsubscribe_tokens(user_ids uuid[])
returns table (user_id uuid, token text)
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.email_unsubscribe_tokens (user_id)
  select distinct p.id from public.profiles p where p.id = any(user_ids)
  on conflict do nothing;
  return query select t.user_id, t.token from private.email_unsubscribe_tokens t where t.user_id = any(user_ids);
end;
$$;

-- For the unsubscribe function (no sign-in): the member a link's token names, or null.
create function public.unsubscribe_recipient(token text)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select t.user_id from private.email_unsubscribe_tokens t where t.token = unsubscribe_recipient.token
$$;

-- One-click unsubscribe: turns `kind` off for the member the token names; an unknown token is
-- refused, and security and account emails stay on (the table's check).
create function public.unsubscribe_email(token text, kind public.email_kind)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  member uuid := public.unsubscribe_recipient(token);
begin
  if member is null then
    raise exception '%', private.caller_text(
      'Ce lien de désabonnement n’est pas valide.',
      'This unsubscribe link is not valid.') using errcode = 'P0002';
  end if;
  insert into public.email_preferences as p (user_id, kind, enabled) values (member, unsubscribe_email.kind, false)
  on conflict on constraint email_preferences_pkey do update set enabled = false;
end;
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
begin
  if recipient is null then
    return;
  end if;
  insert into public.notifications (user_id, kind, title, body, link, data)
  values (recipient, kind, title, body, link, data);
  -- Chat emails are paced (first unread at once, then digests) by private.enqueue_chat_email().
  if kind = 'message_received' then
    perform private.enqueue_chat_email(recipient, (data ->> 'message_id')::uuid);
  elsif private.kind_sends_email(kind) then
    perform private.enqueue_email(recipient, kind, data || jsonb_build_object('title', title, 'body', body, 'link', link), dedupe_key);
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
create trigger email_preferences_touch_updated_at before update on public.email_preferences
  for each row execute function private.touch_updated_at();
create trigger email_preferences_withdraw_unwanted after insert or update of enabled on public.email_preferences
  for each row when (not new.enabled) execute function private.withdraw_unwanted_emails();

-- Grants

revoke all on function private.kind_sends_email(public.notification_kind),
  private.notify(uuid, public.notification_kind, text, text, text, jsonb, text),
  private.broadcast_notification() from public;
revoke all on function private.email_kind_of(public.notification_kind),
  private.enqueue_email(uuid, public.notification_kind, jsonb, text, timestamptz), private.enqueue_chat_email(uuid, uuid),
  private.withdraw_unwanted_emails() from public;
revoke all on function public.set_email_preference(public.email_kind, boolean) from public, anon;
grant execute on function public.set_email_preference(public.email_kind, boolean) to authenticated;
revoke all on function public.email_unsubscribe_tokens(uuid[]), public.unsubscribe_recipient(text),
  public.unsubscribe_email(text, public.email_kind) from public, anon, authenticated;
grant execute on function public.email_unsubscribe_tokens(uuid[]), public.unsubscribe_recipient(text),
  public.unsubscribe_email(text, public.email_kind) to service_role;
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
revoke all on public.email_preferences from public, anon, authenticated, service_role;
grant select on public.email_preferences to authenticated;
grant insert (kind, enabled) on public.email_preferences to authenticated;
grant update (enabled) on public.email_preferences to authenticated;
grant select on public.email_preferences to service_role;
revoke all on private.email_unsubscribe_tokens, private.chat_email_digests from public, anon, authenticated, service_role;

-- Row-level security

alter table public.notifications enable row level security;
alter table public.email_outbox enable row level security;
alter table public.email_preferences enable row level security;

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

-- Each member reads and sets only their own email choices (suspended members set nothing).
create policy email_preferences_select_own on public.email_preferences for select to authenticated
  using (user_id = (select private.active_user_id()));
create policy email_preferences_insert_own on public.email_preferences for insert to authenticated
  with check (user_id = (select private.active_user_id()));
create policy email_preferences_update_own on public.email_preferences for update to authenticated
  using (user_id = (select private.active_user_id()))
  with check (user_id = (select private.active_user_id()));

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
    raise notice 'Jobs not scheduled (send-emails, event-reminders, complete-events, purge-files): % unavailable in this database.',
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
  perform cron.schedule('complete-events', '* * * * *', 'select public.complete_ended_events()');
  perform cron.schedule('purge-files', '17 * * * *', $$select private.invoke_edge_function('purge-files')$$);
end
$schedule$;
