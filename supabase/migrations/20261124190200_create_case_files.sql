-- Case files. A candidate owns each dossier; an admin may assign one pro. The status workflow
-- draft → submitted → in_review → (action_required ↔ submitted) → approved | rejected → closed
-- moves only through public.change_dossier_status, which checks who may take each edge, writes the
-- timeline (dossier_status_history) and tells the other party. Staff never assign, review or decide
-- their own case, and act on case files only with their second factor.

-- Types

create type public.program_type as enum (
  'express_entry', 'quebec_skilled_worker', 'study_permit', 'work_permit',
  'family_sponsorship', 'visitor_visa', 'citizenship'
);
create type public.dossier_status as enum (
  'draft', 'submitted', 'in_review', 'action_required', 'approved', 'rejected', 'closed'
);

-- Tables

create table public.dossiers (
  id uuid primary key default gen_random_uuid(),
  candidate_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  pro_id uuid references public.profiles (id) on delete set null,
  program_type public.program_type not null,
  title text not null constraint dossiers_title_length check (char_length(btrim(title, E' \t\n\r')) between 1 and 150),
  description text not null default ''
    constraint dossiers_description_length check (char_length(description) <= 5000),
  status public.dossier_status not null default 'draft',
  submitted_at timestamptz,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Kept by the chat chapter's triggers, equal to the true rows; users cannot write them.
  candidate_unread_count integer not null default 0
    constraint dossiers_candidate_unread_count_not_negative check (candidate_unread_count >= 0),
  pro_unread_count integer not null default 0
    constraint dossiers_pro_unread_count_not_negative check (pro_unread_count >= 0),
  -- Separation of duties: nobody is the pro of their own case, whatever role they hold later.
  constraint dossiers_pro_not_candidate check (pro_id <> candidate_id)
);
comment on table public.dossiers is 'A candidate''s immigration case file, optionally assigned to one pro.';
comment on column public.dossiers.candidate_unread_count is 'Unread messages of the dossier sent by someone other than its candidate.';
comment on column public.dossiers.pro_unread_count is 'Unread messages of the dossier sent by someone other than its pro; 0 without a pro.';
comment on constraint dossiers_title_length on public.dossiers is
  E'Le titre du dossier doit compter de 1 à 150 caractères.\n'
  'An application’s title must be 1 to 150 characters long.';
comment on constraint dossiers_description_length on public.dossiers is
  E'La description du dossier ne peut dépasser 5 000 caractères.\n'
  'An application’s description cannot be longer than 5,000 characters.';
comment on constraint dossiers_candidate_id_fkey on public.dossiers is
  E'Candidat introuvable.\n'
  'Applicant not found.';
comment on constraint dossiers_pro_id_fkey on public.dossiers is
  E'Consultant introuvable.\n'
  'Consultant not found.';
comment on constraint dossiers_pro_not_candidate on public.dossiers is
  E'Un consultant ne peut pas suivre son propre dossier.\n'
  'A consultant cannot handle their own application.';
comment on constraint dossiers_candidate_unread_count_not_negative on public.dossiers is
  E'Le nombre de messages non lus du candidat ne peut être négatif.\n'
  'The applicant’s unread message count cannot be negative.';
comment on constraint dossiers_pro_unread_count_not_negative on public.dossiers is
  E'Le nombre de messages non lus du consultant ne peut être négatif.\n'
  'The consultant’s unread message count cannot be negative.';

create table public.dossier_status_history (
  id bigint generated always as identity primary key,
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  from_status public.dossier_status,
  to_status public.dossier_status not null,
  changed_by uuid references public.profiles (id) on delete set null,
  note text constraint dossier_status_history_note_length check (char_length(note) <= 2000),
  created_at timestamptz not null default now()
);
comment on table public.dossier_status_history is 'Timeline of a dossier: every status transition, who made it and why.';
comment on constraint dossier_status_history_note_length on public.dossier_status_history is
  E'La note ne peut dépasser 2 000 caractères.\n'
  'A note cannot be longer than 2,000 characters.';
comment on constraint dossier_status_history_dossier_id_fkey on public.dossier_status_history is
  E'Dossier introuvable.\n'
  'Application not found.';
comment on constraint dossier_status_history_changed_by_fkey on public.dossier_status_history is
  E'Auteur du changement introuvable.\n'
  'Author of the change not found.';

-- Indexes

create index dossiers_candidate_idx on public.dossiers (candidate_id, created_at desc);
create index dossiers_pro_status_idx on public.dossiers (pro_id, status, updated_at desc) where pro_id is not null;
create index dossiers_status_idx on public.dossiers (status);
-- A pro's dossier ids come from this index alone (private.my_dossier_id_array).
create index dossiers_pro_ids_idx on public.dossiers (pro_id, id) where pro_id is not null;
create index dossier_status_history_dossier_idx on public.dossier_status_history (dossier_id, created_at);
-- A deleted profile sets changed_by to null: the index spares that delete a scan of the timeline.
create index dossier_status_history_changed_by_idx on public.dossier_status_history (changed_by) where changed_by is not null;

-- Functions

-- "A pro opens only the dossiers assigned to them", written once: a dossier is open to the caller
-- as its pro when its pro_id is this id, the caller's own while acting as a pro (private.caller:
-- that role, active, second factor met), else null. Policies ask `pro_id = (select
-- private.assigned_pro_id())`, an index condition; the helpers below ask the same.
create function private.assigned_pro_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select c.id from private.caller c where c.acts_as_pro);
end;
$$;

-- The dossiers the caller may open: their own as candidate (private.case_user_id's standing), and
-- those assigned to them (private.assigned_pro_id's). An array, not a set: a set-returning function
-- costs a tuplestore and a hash per statement; one query reading the standing once, where each
-- helper call would read it again (docs/performance.md).
create function private.my_dossier_id_array()
returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select array(
      select d.id from public.dossiers d where d.candidate_id = c.id and c.acts_for_self
      union all
      select d.id from public.dossiers d where d.pro_id = c.id and c.acts_as_pro
    )
    from private.caller c
  );
end;
$$;

-- One definition of membership: documents, storage and the dossier channel keep their policies.
create function private.my_dossier_ids()
returns setof uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return query select unnest(private.my_dossier_id_array());
end;
$$;

create function private.record_dossier_creation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.dossier_status_history (dossier_id, from_status, to_status, changed_by, created_at)
  values (new.id, null, new.status, new.candidate_id, new.created_at);
  return new;
end;
$$;

-- Staff powers over a dossier whose pro is pro_id (null: none), to take its staff edges and review
-- its documents: an admin, or that pro. The RPCs refuse them to whoever is the dossier's candidate
-- (separation of duties). Never null: an unknown answer must not let an RPC through.
create function private.acts_as_staff_for(pro_id uuid)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return private.is_admin() or coalesce(acts_as_staff_for.pro_id = private.assigned_pro_id(), false);
end;
$$;

-- Which role may take which edge. Staff edges need the assigned pro or an admin.
create function private.dossier_edge_actor(from_status public.dossier_status, to_status public.dossier_status)
returns text
language sql
immutable
set search_path = ''
as $$
  select case (from_status::text || '>' || to_status::text)
    when 'draft>submitted' then 'candidate'
    when 'action_required>submitted' then 'candidate'
    when 'submitted>in_review' then 'staff'
    when 'in_review>action_required' then 'staff'
    when 'in_review>approved' then 'staff'
    when 'in_review>rejected' then 'staff'
    when 'approved>closed' then 'staff'
    when 'rejected>closed' then 'staff'
  end
$$;

create function private.change_dossier_status(dossier_id uuid, to_status public.dossier_status, note text default null)
returns public.dossiers
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
  previous public.dossier_status;
  actor text;
  uid uuid := auth.uid();
  is_staff boolean;
  to_replace text;
begin
  perform private.assert_active();
  perform private.assert_second_factor();
  if change_dossier_status.to_status is null then
    raise exception '%', private.caller_text(
      'Indiquez le nouveau statut du dossier.',
      'Give the application’s new status.') using errcode = '22023';
  end if;
  if char_length(note) > 2000 then
    raise exception '%', private.caller_text(
      'La note dépasse 2 000 caractères.',
      'The note is longer than 2,000 characters.') using errcode = '22001';
  end if;
  select * into d from public.dossiers where id = change_dossier_status.dossier_id for update;
  -- Staff never decide their own case: an admin (or a promoted member) who is its candidate acts as one.
  is_staff := found and d.candidate_id <> uid and private.acts_as_staff_for(d.pro_id);
  if not found or not (d.candidate_id = uid or is_staff) then
    raise exception '%', private.caller_text('Dossier introuvable.', 'Application not found.') using errcode = 'P0002';
  end if;
  previous := d.status;
  actor := private.dossier_edge_actor(previous, change_dossier_status.to_status);
  if actor is null then
    raise exception '%', private.caller_text(
      'Transition impossible : ' || private.dossier_status_label(d.status)
        || ' → ' || private.dossier_status_label(change_dossier_status.to_status) || '.',
      'An application cannot move from ' || private.dossier_status_label(d.status, true)
        || ' to ' || private.dossier_status_label(change_dossier_status.to_status, true) || '.')
      using errcode = '55000';
  end if;
  if (actor = 'candidate' and d.candidate_id <> uid) or (actor = 'staff' and not is_staff) then
    raise exception '%', private.caller_text(
      'Vous ne pouvez pas faire passer ce dossier de ' || private.dossier_status_label(d.status)
        || ' à ' || private.dossier_status_label(change_dossier_status.to_status) || '.',
      'You cannot move this application from ' || private.dossier_status_label(d.status, true)
        || ' to ' || private.dossier_status_label(change_dossier_status.to_status, true) || '.')
      using errcode = '42501';
  end if;
  -- Nothing the pro refused, and nothing expired, goes (back) to the pro: the candidate replaces it
  -- first. A missing document only warns (the screens list it): a program's checklist may name a
  -- kind this case does not need, and the pro says so. The checklist is the documents chapter's.
  if actor = 'candidate' then
    select private.caller_text(string_agg(c.label, ', ' order by c.ordinality), string_agg(k.label_en, ', ' order by c.ordinality))
      into to_replace
    from public.dossier_checklist(d.id) with ordinality c
    join public.document_kinds k on k.code = c.kind
    where c.state in ('rejected', 'expired');
    if to_replace is not null then
      raise exception '%', private.caller_text(
        'Remplacez d’abord ces documents refusés ou expirés : ' || to_replace || '.',
        'First replace these refused or expired documents: ' || to_replace || '.') using errcode = '55000';
    end if;
  end if;

  update public.dossiers
     set status = change_dossier_status.to_status,
         submitted_at = case when change_dossier_status.to_status = 'submitted' then now() else submitted_at end,
         decided_at = case when change_dossier_status.to_status in ('approved', 'rejected') then now() else decided_at end
   where id = d.id
  returning * into d;

  insert into public.dossier_status_history (dossier_id, from_status, to_status, changed_by, note)
  values (d.id, previous, d.status, uid, nullif(btrim(change_dossier_status.note, E' \t\n\r'), ''));
  if actor = 'staff' then
    perform private.write_audit('dossier.status_changed', 'dossiers', d.id::text,
      jsonb_build_object('from', previous, 'to', d.status, 'note', change_dossier_status.note));
  end if;
  return d;
end;
$$;

create function public.change_dossier_status(dossier_id uuid, to_status public.dossier_status, note text default null)
returns public.dossiers
language sql
set search_path = ''
as $$ select * from private.change_dossier_status($1, $2, $3) $$;
comment on function public.change_dossier_status(uuid, public.dossier_status, text) is
  'Moves a dossier along its workflow if the caller may take that edge; records the timeline.';

create function private.assign_dossier(dossier_id uuid, pro_id uuid)
returns public.dossiers
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
begin
  perform private.assert_admin();
  if assign_dossier.pro_id is not null and not exists (
    select 1 from public.profiles p join public.accounts a on a.user_id = p.id
    where p.id = assign_dossier.pro_id and p.role = 'pro' and a.status = 'active'
  ) then
    raise exception '%', private.caller_text(
      'Ce membre n’est pas un consultant actif.',
      'This member is not an active consultant.') using errcode = '22023';
  end if;
  select * into d from public.dossiers x where x.id = assign_dossier.dossier_id for update;
  if not found then
    raise exception '%', private.caller_text('Dossier introuvable.', 'Application not found.') using errcode = 'P0002';
  end if;
  if d.candidate_id = assign_dossier.pro_id then
    raise exception '%', private.caller_text(
      'Un consultant ne peut pas suivre son propre dossier.',
      'A consultant cannot handle their own application.') using errcode = '22023';
  end if;
  update public.dossiers x set pro_id = assign_dossier.pro_id
   where x.id = d.id
  returning * into d;
  perform private.write_audit('dossier.assigned', 'dossiers', d.id::text,
    jsonb_build_object('pro_id', assign_dossier.pro_id));
  return d;
end;
$$;

create function public.assign_dossier(dossier_id uuid, pro_id uuid)
returns public.dossiers
language sql
set search_path = ''
as $$ select * from private.assign_dossier($1, $2) $$;
comment on function public.assign_dossier(uuid, uuid) is 'Admins assign (or unassign with null) the pro of a dossier.';

-- A status change tells whoever did not make it, in the app and by email. The status's name inside
-- a sentence (the notifications', and the refusals of change_dossier_status) in French or English.
create function private.dossier_status_label(status public.dossier_status, english boolean default false)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when english then
    case status
      when 'draft' then 'draft'
      when 'submitted' then 'submitted'
      when 'in_review' then 'in review'
      when 'action_required' then 'action required'
      when 'approved' then 'approved'
      when 'rejected' then 'rejected'
      when 'closed' then 'closed'
    end
  else
    case status
      when 'draft' then 'brouillon'
      when 'submitted' then 'soumis'
      when 'in_review' then 'en révision'
      when 'action_required' then 'action requise'
      when 'approved' then 'approuvé'
      when 'rejected' then 'refusé'
      when 'closed' then 'clos'
    end
  end
$$;

create function private.notify_dossier_status_changed()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
  recipient uuid;
begin
  select * into d from public.dossiers where id = new.dossier_id;
  foreach recipient in array array_remove(array[d.candidate_id, d.pro_id], new.changed_by) loop
    perform private.notify(
      recipient, 'dossier_status_changed',
      private.member_text(recipient,
        'Dossier « ' || d.title || ' » : ' || private.dossier_status_label(new.to_status),
        'Application “' || d.title || '”: ' || private.dossier_status_label(new.to_status, true)),
      coalesce(new.note, ''), '/dossiers/' || d.id::text,
      jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'from', new.from_status,
                         'to', new.to_status, 'note', new.note)
    );
  end loop;
  return null;
end;
$$;

-- Triggers

-- The pro inbox is ordered by updated_at: a message read or received must not move a dossier.
create trigger dossiers_touch_updated_at before update on public.dossiers
  for each row
  when (to_jsonb(old) - '{candidate_unread_count,pro_unread_count}'::text[]
        is distinct from to_jsonb(new) - '{candidate_unread_count,pro_unread_count}'::text[])
  execute function private.touch_updated_at();
create trigger dossiers_record_creation after insert on public.dossiers
  for each row execute function private.record_dossier_creation();
create trigger dossier_status_history_notify after insert on public.dossier_status_history
  for each row when (new.from_status is not null)
  execute function private.notify_dossier_status_changed();

-- Grants

revoke all on function private.assigned_pro_id(), private.my_dossier_id_array(), private.my_dossier_ids(),
  private.acts_as_staff_for(uuid), private.record_dossier_creation(),
  private.dossier_edge_actor(public.dossier_status, public.dossier_status) from public;
grant execute on function private.assigned_pro_id(), private.my_dossier_id_array(), private.my_dossier_ids()
  to authenticated;
revoke all on function public.change_dossier_status(uuid, public.dossier_status, text),
  public.assign_dossier(uuid, uuid) from public, anon;
grant execute on function public.change_dossier_status(uuid, public.dossier_status, text),
  public.assign_dossier(uuid, uuid) to authenticated;
revoke all on function private.change_dossier_status(uuid, public.dossier_status, text),
  private.assign_dossier(uuid, uuid) from public;
grant execute on function private.change_dossier_status(uuid, public.dossier_status, text),
  private.assign_dossier(uuid, uuid) to authenticated;
revoke all on function private.dossier_status_label(public.dossier_status, boolean), private.notify_dossier_status_changed() from public;

revoke all on public.dossiers, public.dossier_status_history from public, anon, authenticated, service_role;
grant select, delete on public.dossiers to authenticated;
grant insert (program_type, title, description) on public.dossiers to authenticated;
grant update (program_type, title, description) on public.dossiers to authenticated;
grant select on public.dossier_status_history to authenticated;
grant select, insert, update, delete on public.dossiers to service_role;
grant select on public.dossier_status_history to service_role;

-- Row-level security

alter table public.dossiers enable row level security;
alter table public.dossier_status_history enable row level security;

-- Pros and admins act on case files only with a second factor (JWT aal2) while
-- private.settings.require_staff_mfa is on (the default; the demo seed turns it off); candidates
-- never need one. The words the case-file policies speak carry it (private.case_user_id,
-- private.assigned_pro_id, private.is_admin and private.my_dossier_id_array), so it is said once.
-- Row columns, not private.my_dossier_id_array(): that helper reads the statement's snapshot,
-- which does not hold a row being inserted, so `insert ... returning` (supabase-js
-- .insert().select()) would be refused.
create policy dossiers_select_members_or_admin on public.dossiers for select to authenticated
  using (
    candidate_id = (select private.case_user_id()) or pro_id = (select private.assigned_pro_id())
    or (select private.is_admin())
  );
comment on policy dossiers_select_members_or_admin on public.dossiers is
  'Candidates see their own dossiers, pros the ones assigned to them, admins every dossier.';
-- An active candidate opens dossiers in their own name (the role needs no second factor).
create policy dossiers_insert_candidate on public.dossiers for insert to authenticated
  with check (candidate_id = (select private.active_user_id()) and (select private.my_role()) = 'candidate');
-- The candidate edits the description while the dossier is theirs to change.
create policy dossiers_update_candidate on public.dossiers for update to authenticated
  using (candidate_id = (select private.case_user_id()) and status in ('draft', 'action_required'))
  with check (candidate_id = (select auth.uid()));
-- The candidate deletes only drafts.
create policy dossiers_delete_candidate on public.dossiers for delete to authenticated
  using (candidate_id = (select private.case_user_id()) and status = 'draft');

create policy dossier_status_history_select_members_or_admin on public.dossier_status_history for select to authenticated
  using (dossier_id in (select private.my_dossier_ids()) or (select private.is_admin()));
comment on policy dossier_status_history_select_members_or_admin on public.dossier_status_history is
  'The timeline is visible to whoever sees the dossier: its candidate, its assigned pro and admins.';

