-- The chat of a dossier between its candidate, its assigned pro and admins. Read receipts are
-- set by the dossier's candidate or pro, never by the sender; an attachment must be a document of
-- the same dossier. Each message tells the other party and counts as unread on the dossier row.
-- Every change is broadcast from the database to the private Realtime channel dossier:<id>, which
-- only the dossier's members may join and only the database writes to.

-- Types

create type private.unread_change as (dossier_id uuid, sender_id uuid, delta integer);

-- Tables

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  sender_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  body text not null constraint messages_body_length check (char_length(btrim(body, E' \t\n\r')) between 1 and 4000),
  attachment_document_id uuid,
  read_at timestamptz,
  created_at timestamptz not null default now(),
  constraint messages_attachment_same_dossier foreign key (attachment_document_id, dossier_id)
    references public.documents (id, dossier_id) on delete set null (attachment_document_id)
);
comment on table public.messages is 'Chat messages of a dossier, with read receipts and an optional document attachment.';

comment on constraint messages_body_length on public.messages is
  E'Le message doit compter de 1 à 4 000 caractères.\n'
  'A message must be 1 to 4,000 characters long.';
comment on constraint messages_attachment_same_dossier on public.messages is
  E'La pièce jointe doit être un document de ce dossier.\n'
  'The attachment must be a document of this application.';
comment on constraint messages_dossier_id_fkey on public.messages is
  E'Dossier introuvable.\n'
  'Application not found.';
comment on constraint messages_sender_id_fkey on public.messages is
  E'Expéditeur introuvable.\n'
  'Sender not found.';

-- Indexes

create index messages_dossier_created_idx on public.messages (dossier_id, created_at desc, id desc);
create index messages_unread_idx on public.messages (dossier_id, sender_id) where read_at is null;
create index messages_sender_idx on public.messages (sender_id);
create index messages_attachment_idx on public.messages (attachment_document_id, dossier_id) where attachment_document_id is not null;

-- Functions

create function private.check_new_message()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.enforce_write_rate('message');
  return new;
end;
$$;

create function private.broadcast_message_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.broadcast_changes(
    'dossier:' || coalesce(new.dossier_id, old.dossier_id)::text,
    tg_op, tg_op, tg_table_name, tg_table_schema, new, old
  );
  return null;
end;
$$;

-- Each dossier carries its unread counts, kept by these triggers equal to the true rows: unread
-- messages not sent by its candidate (candidate_unread_count), not sent by its pro
-- (pro_unread_count, 0 without a pro). The dossier list and the pro inbox read them instead of
-- counting messages under RLS; keeping them current does not bump updated_at.
create function private.count_unread_messages()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes private.unread_change[];
begin
  -- A trigger sees only its own event's transition tables, hence one branch per event.
  if tg_op = 'INSERT' then
    changes := array(select (m.dossier_id, m.sender_id, 1)::private.unread_change from new_messages m where m.read_at is null);
  elsif tg_op = 'DELETE' then
    changes := array(select (m.dossier_id, m.sender_id, -1)::private.unread_change from old_messages m where m.read_at is null);
  else
    changes := array(
      select (m.dossier_id, m.sender_id, 1)::private.unread_change from new_messages m where m.read_at is null
      union all
      select (m.dossier_id, m.sender_id, -1)::private.unread_change from old_messages m where m.read_at is null
    );
  end if;

  -- The deltas are computed in the SET list from the dossier row being updated, not joined in
  -- FROM: after waiting for a concurrent assignment, Postgres re-evaluates them with the new
  -- pro_id. A dossier whose unread messages changed is updated even when neither counter moves
  -- (a message in a dossier without a pro): its row lock makes that assignment wait and recount.
  with changed as (
    select c.dossier_id, array_agg(c.sender_id) as sender_ids, array_agg(c.delta) as deltas
    from (
      select u.dossier_id, u.sender_id, sum(u.delta)::integer as delta
      from unnest(changes) u
      group by u.dossier_id, u.sender_id
      having sum(u.delta) <> 0
    ) c
    group by c.dossier_id
  )
  update public.dossiers d
     set candidate_unread_count = d.candidate_unread_count + (
           select coalesce(sum(x.delta), 0) from unnest(c.sender_ids, c.deltas) x (sender_id, delta)
           where x.sender_id <> d.candidate_id),
         pro_unread_count = d.pro_unread_count + (
           select coalesce(sum(x.delta), 0) from unnest(c.sender_ids, c.deltas) x (sender_id, delta)
           where x.sender_id <> d.pro_id)
    from changed c
   where d.id = c.dossier_id;
  return null;
end;
$$;

-- A new or changed candidate or pro has their own count: taken from the rows, not shifted.
create function private.recount_unread_messages()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select count(*) filter (where m.sender_id <> new.candidate_id),
         count(*) filter (where m.sender_id <> new.pro_id)
    into new.candidate_unread_count, new.pro_unread_count
    from public.messages m
   where m.dossier_id = new.id and m.read_at is null;
  return new;
end;
$$;

-- A new message tells the other party, in the app and by email.
create function private.notify_message_received()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
  sender_name text;
  recipient uuid;
begin
  select * into d from public.dossiers where id = new.dossier_id;
  select p.full_name into sender_name from public.profiles p where p.id = new.sender_id;
  foreach recipient in array array_remove(array[d.candidate_id, d.pro_id], new.sender_id) loop
    perform private.notify(
      recipient, 'message_received', private.member_text(recipient, 'Nouveau message de ', 'New message from ') || sender_name,
      left(new.body, 140), '/dossiers/' || d.id::text,
      jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'message_id', new.id, 'sender_name', sender_name)
    );
  end loop;
  return null;
end;
$$;

create function public.mark_dossier_messages_read(dossier_id uuid)
returns integer
language sql
set search_path = ''
as $$
  with marked as (
    update public.messages m set read_at = now()
    where m.dossier_id = mark_dossier_messages_read.dossier_id
      and m.read_at is null
      and m.sender_id <> (select auth.uid())
    returning 1
  )
  select count(*)::integer from marked
$$;
comment on function public.mark_dossier_messages_read(uuid) is
  'Marks as read every message of a dossier that others sent to the caller, its candidate or assigned pro.';

-- A pro's usual reply time, shown to their candidates: the median delay, over the last 90 days, between
-- a candidate's message that opens a wait (the first since the pro last wrote in that dossier) and the
-- pro's next message there. Null below 5 answered waits: too few to promise anything. Read by the pro,
-- an admin, or a candidate whose dossier this pro holds; messages of dossiers the pro no longer holds,
-- and of admins, do not count.
create function private.pro_reply_minutes(pro_id uuid)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not (
    private.is_admin()
    or coalesce(pro_reply_minutes.pro_id = private.assigned_pro_id(), false)
    or exists (select 1 from public.dossiers d
               where d.pro_id = pro_reply_minutes.pro_id and d.candidate_id = private.case_user_id())
  ) then
    raise exception '%', private.caller_text(
      'Délai de réponse visible seulement par les candidats de ce consultant.',
      'Only this consultant’s applicants can see their reply time.') using errcode = '42501';
  end if;
  return (
    with thread as (
      select m.created_at, m.sender_id = d.candidate_id as from_candidate,
             lag(m.sender_id = d.candidate_id) over w as previous_from_candidate,
             min(m.created_at) filter (where m.sender_id = d.pro_id)
               over (w rows between 1 following and unbounded following) as replied_at
        from public.dossiers d
        join public.messages m on m.dossier_id = d.id and m.sender_id in (d.candidate_id, d.pro_id)
       where d.pro_id = pro_reply_minutes.pro_id
      window w as (partition by d.id order by m.created_at, m.id)
    ), answered as (
      select t.replied_at - t.created_at as delay
        from thread t
       where t.from_candidate and t.previous_from_candidate is not true
         and t.replied_at is not null and t.created_at > now() - interval '90 days'
    )
    select case when count(*) >= 5
                then round(extract(epoch from percentile_cont(0.5) within group (order by a.delay)) / 60)::integer end
      from answered a
  );
end;
$$;

create function public.pro_reply_minutes(pro_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$ select private.pro_reply_minutes($1) $$;
comment on function public.pro_reply_minutes(uuid) is
  'A pro''s median reply time in minutes over 90 days (null below 5 replies), for the pro, admins and their candidates.';

-- Reading the chat (mark_dossier_messages_read or a read receipt) cancels the pending email
-- digest of each recipient who has nothing left unread in that dossier (notifications chapter).
create function private.cancel_read_chat_digests()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.email_outbox o set status = 'cancelled'
    from private.chat_email_digests w
   where o.id = w.digest_id and o.status = 'pending'
     and w.dossier_id in (select n.dossier_id from new_messages n join old_messages p on p.id = n.id
                          where n.read_at is not null and p.read_at is null)
     and not exists (select from public.messages m
                     where m.dossier_id = w.dossier_id and m.read_at is null and m.sender_id <> w.user_id);
  return null;
end;
$$;

-- Realtime: joining dossier:<id> (receiving its broadcasts) is for its members and admins, with
-- the second factor staff need (private.my_dossier_ids and private.is_admin hold it).
create function private.can_use_dossier_channel(topic text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select topic like 'dossier:%'
    and (
      private.is_admin()
      or exists (select 1 from private.my_dossier_ids() id where id::text = substr(topic, 9))
    )
$$;

-- Triggers

create trigger messages_check_new before insert on public.messages
  for each row execute function private.check_new_message();
create trigger messages_stamp_read before update on public.messages
  for each row execute function private.stamp_read_at();
create trigger messages_broadcast after insert or delete on public.messages
  for each row execute function private.broadcast_message_change();
create trigger messages_broadcast_update after update on public.messages
  for each row when (old.* is distinct from new.*) execute function private.broadcast_message_change();

-- Statement triggers: one update per dossier however many messages a statement writes.
create trigger messages_count_unread_insert after insert on public.messages
  referencing new table as new_messages
  for each statement execute function private.count_unread_messages();
create trigger messages_count_unread_update after update on public.messages
  referencing old table as old_messages new table as new_messages
  for each statement execute function private.count_unread_messages();
create trigger messages_count_unread_delete after delete on public.messages
  referencing old table as old_messages
  for each statement execute function private.count_unread_messages();
create trigger dossiers_recount_unread before update on public.dossiers
  for each row
  when (old.candidate_id is distinct from new.candidate_id or old.pro_id is distinct from new.pro_id)
  execute function private.recount_unread_messages();
create trigger messages_notify_received after insert on public.messages
  for each row execute function private.notify_message_received();
create trigger messages_cancel_read_digests after update on public.messages
  referencing old table as old_messages new table as new_messages
  for each statement execute function private.cancel_read_chat_digests();

-- Grants

revoke all on function private.check_new_message(), private.broadcast_message_change(), private.count_unread_messages(),
  private.recount_unread_messages(), private.notify_message_received(), private.cancel_read_chat_digests() from public;
revoke all on function public.mark_dossier_messages_read(uuid) from public, anon;
grant execute on function public.mark_dossier_messages_read(uuid) to authenticated;
revoke all on function private.can_use_dossier_channel(text) from public;
grant execute on function private.can_use_dossier_channel(text) to authenticated;
revoke all on function public.pro_reply_minutes(uuid) from public, anon;
grant execute on function public.pro_reply_minutes(uuid) to authenticated;
revoke all on function private.pro_reply_minutes(uuid) from public;
grant execute on function private.pro_reply_minutes(uuid) to authenticated;

revoke all on public.messages from public, anon, authenticated, service_role;
grant select on public.messages to authenticated;
grant insert (dossier_id, body, attachment_document_id) on public.messages to authenticated;
grant update (read_at) on public.messages to authenticated;
grant select, insert, update, delete on public.messages to service_role;

-- Row-level security

alter table public.messages enable row level security;

-- Membership is read from an array with array_position(...) is not null, not with `in (select
-- private.my_dossier_ids())`: half the cost, and the planner estimates an `is not null` test at
-- 99.5 % of rows (a boolean or `= any` condition at half), so "latest 50" walks the
-- (dossier_id, created_at desc, id desc) index and stops at 50 as the owner's query does.
create policy messages_select_members_or_admin on public.messages for select to authenticated
  using (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()));
comment on policy messages_select_members_or_admin on public.messages is
  'Members of the dossier read its chat; admins read every chat.';
-- Members and admins write in their own name.
create policy messages_insert_members on public.messages for insert to authenticated
  with check (
    sender_id = (select auth.uid())
    and (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()))
  );
-- A message has one read receipt, meant for its sender: "the other side has read it". Only the
-- dossier's candidate and its assigned pro stamp messages sent by someone else; an admin looking
-- through a chat stamps nothing (mark_dossier_messages_read, security invoker, follows this policy).
create policy messages_update_reader on public.messages for update to authenticated
  using (
    sender_id <> (select auth.uid())
    and array_position((select private.my_dossier_id_array()), dossier_id) is not null
  )
  with check (sender_id <> (select auth.uid()));
-- Pros and admins read and write chats only with their second factor: private.my_dossier_id_array()
-- and private.is_admin() hold it (see the case files chapter).

-- Realtime's join check reads back a probe row of the joined topic (realtime.topic()); the row's
-- own topic must be that one too, so no other topic's rows are ever readable in that scope.
create policy dossier_channel_select_members on realtime.messages for select to authenticated
  using (
    realtime.messages.extension = 'broadcast'
    and realtime.messages.topic = (select realtime.topic())
    and (select private.can_use_dossier_channel(realtime.topic()))
  );
-- No insert policy: only the database speaks on dossier:<id> (the trigger above, as postgres),
-- so no member can forge, rewrite or remove a message in another member's live view; the app
-- sends nothing there. realtime.send() and realtime.broadcast_changes() stay executable by PUBLIC:
-- supabase_realtime_admin owns them and postgres, no member of that role on Supabase, cannot
-- revoke it (realtime migration 20260707120000_restrict_realtime_schema). They insert as their
-- caller, so this refusal holds for anon and authenticated calling them too.
