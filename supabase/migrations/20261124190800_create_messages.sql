-- The chat of a dossier between its candidate, its assigned pro and admins. Read receipts are
-- set by a reader, never by the sender; an attachment must be a document of the same dossier.
-- Every change is broadcast from the database to the private Realtime channel dossier:<id>,
-- which only the dossier's members may join and only the database writes to.

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

create index messages_dossier_created_idx on public.messages (dossier_id, created_at desc, id desc);
create index messages_unread_idx on public.messages (dossier_id, sender_id) where read_at is null;
create index messages_sender_idx on public.messages (sender_id);
create index messages_attachment_idx on public.messages (attachment_document_id, dossier_id) where attachment_document_id is not null;

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

-- A read receipt (messages, notifications) is a one-way stamp with the server's time.
create function private.stamp_read_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.read_at := coalesce(old.read_at, now());
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

create trigger messages_check_new before insert on public.messages
  for each row execute function private.check_new_message();
create trigger messages_stamp_read before update on public.messages
  for each row execute function private.stamp_read_at();
create trigger messages_broadcast after insert or delete on public.messages
  for each row execute function private.broadcast_message_change();
create trigger messages_broadcast_update after update on public.messages
  for each row when (old.* is distinct from new.*) execute function private.broadcast_message_change();

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
comment on function public.mark_dossier_messages_read(uuid) is 'Marks as read every message of a dossier that others sent to the caller.';

revoke all on function private.check_new_message(), private.stamp_read_at(),
  private.broadcast_message_change() from public;
revoke all on function public.mark_dossier_messages_read(uuid) from public, anon;
grant execute on function public.mark_dossier_messages_read(uuid) to authenticated;

revoke all on public.messages from public, anon, authenticated, service_role;
grant select on public.messages to authenticated;
grant insert (dossier_id, body, attachment_document_id) on public.messages to authenticated;
grant update (read_at) on public.messages to authenticated;
grant select, insert, update, delete on public.messages to service_role;

alter table public.messages enable row level security;

create policy messages_select_members_or_admin on public.messages for select to authenticated
  using (dossier_id in (select private.my_dossier_ids()) or (select private.is_admin()));
comment on policy messages_select_members_or_admin on public.messages is
  'Members of the dossier read its chat; admins read every chat.';
-- Members and admins write in their own name.
create policy messages_insert_members on public.messages for insert to authenticated
  with check (
    sender_id = (select auth.uid())
    and (dossier_id in (select private.my_dossier_ids()) or (select private.is_admin()))
  );
-- Readers stamp messages sent by someone else.
create policy messages_update_reader on public.messages for update to authenticated
  using (
    sender_id <> (select auth.uid())
    and (dossier_id in (select private.my_dossier_ids()) or (select private.is_admin()))
  )
  with check (sender_id <> (select auth.uid()));

-- Realtime: joining dossier:<id> (receiving its broadcasts) is for its members.
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
revoke all on function private.can_use_dossier_channel(text) from public;
grant execute on function private.can_use_dossier_channel(text) to authenticated;

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
