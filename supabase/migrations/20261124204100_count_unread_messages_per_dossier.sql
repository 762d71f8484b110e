-- The dossier list and the pro inbox showed each dossier's unread messages with an embedded count
-- over public.messages, which under RLS cost two more policy helper calls per request. Each dossier
-- now carries both counts, kept by triggers equal to the true rows: unread messages not sent by its
-- candidate (candidate_unread_count), not sent by its pro (pro_unread_count, 0 without a pro).
-- Users cannot write them (no column grant); keeping them current does not bump updated_at.

create type private.unread_change as (dossier_id uuid, sender_id uuid, delta integer);

alter table public.dossiers
  add column candidate_unread_count integer not null default 0
    constraint dossiers_candidate_unread_count_not_negative check (candidate_unread_count >= 0),
  add column pro_unread_count integer not null default 0
    constraint dossiers_pro_unread_count_not_negative check (pro_unread_count >= 0);
comment on column public.dossiers.candidate_unread_count is 'Unread messages of the dossier sent by someone other than its candidate.';
comment on column public.dossiers.pro_unread_count is 'Unread messages of the dossier sent by someone other than its pro; 0 without a pro.';
comment on constraint dossiers_candidate_unread_count_not_negative on public.dossiers is 'Le nombre de messages non lus du candidat ne peut être négatif.';
comment on constraint dossiers_pro_unread_count_not_negative on public.dossiers is 'Le nombre de messages non lus du professionnel ne peut être négatif.';

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

-- The pro inbox is ordered by updated_at: a message read or received must not move a dossier.
drop trigger dossiers_touch_updated_at on public.dossiers;
create trigger dossiers_touch_updated_at before update on public.dossiers
  for each row
  when (to_jsonb(old) - '{candidate_unread_count,pro_unread_count}'::text[]
        is distinct from to_jsonb(new) - '{candidate_unread_count,pro_unread_count}'::text[])
  execute function private.touch_updated_at();

-- After the triggers: their locks on public.messages hold new writes until this migration commits.
update public.dossiers d
   set candidate_unread_count = (
         select count(*) from public.messages m
         where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.candidate_id),
       pro_unread_count = (
         select count(*) from public.messages m
         where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.pro_id)
 where exists (select 1 from public.messages m where m.dossier_id = d.id and m.read_at is null);

revoke all on function private.count_unread_messages(), private.recount_unread_messages() from public;
