-- Notifications (and their emails) for the case file: a new chat message to the other party,
-- a document reviewed to the candidate, a status change to whoever did not make it.

create function private.dossier_status_label(status public.dossier_status)
returns text
language sql
immutable
set search_path = ''
as $$
  select case status
    when 'draft' then 'brouillon'
    when 'submitted' then 'soumis'
    when 'in_review' then 'en révision'
    when 'action_required' then 'action requise'
    when 'approved' then 'approuvé'
    when 'rejected' then 'refusé'
    when 'closed' then 'clos'
  end
$$;

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
      recipient, 'message_received', 'Nouveau message de ' || sender_name,
      left(new.body, 140), '/dossiers/' || d.id::text,
      jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'message_id', new.id, 'sender_name', sender_name)
    );
  end loop;
  return null;
end;
$$;

create trigger messages_notify_received after insert on public.messages
  for each row execute function private.notify_message_received();

create function private.notify_document_reviewed()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
begin
  select * into d from public.dossiers where id = new.dossier_id;
  perform private.notify(
    d.candidate_id, 'document_reviewed',
    case new.status when 'approved' then 'Document approuvé : ' else 'Document refusé : ' end || new.file_name,
    coalesce(new.rejection_reason, ''), '/dossiers/' || d.id::text,
    jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'document_id', new.id,
                       'file_name', new.file_name, 'decision', new.status, 'reason', new.rejection_reason)
  );
  return null;
end;
$$;

create trigger documents_notify_reviewed after update of status on public.documents
  for each row when (old.status is distinct from new.status and new.status <> 'pending')
  execute function private.notify_document_reviewed();

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
      'Dossier « ' || d.title || ' » : ' || private.dossier_status_label(new.to_status),
      coalesce(new.note, ''), '/dossiers/' || d.id::text,
      jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'from', new.from_status,
                         'to', new.to_status, 'note', new.note)
    );
  end loop;
  return null;
end;
$$;

create trigger dossier_status_history_notify after insert on public.dossier_status_history
  for each row when (new.from_status is not null)
  execute function private.notify_dossier_status_changed();

revoke all on function private.dossier_status_label(public.dossier_status), private.notify_message_received(),
  private.notify_document_reviewed(), private.notify_dossier_status_changed() from public;
