-- Tasks and document requests of a dossier. The assigned pro (or an admin) asks the candidate, or
-- notes for themselves, a title, an optional note, due date and document kind; the assignee marks
-- it done, the pro reopens or cancels it. A task asking for a document kind is fulfilled by an
-- upload of that kind and closes when the pro approves that document; a rejection reopens it with
-- the reason. Every change is a timeline event (task_events). Reminders: see the end of this file.

-- Types

create type public.task_status as enum ('open', 'submitted', 'done', 'cancelled');

-- Tables

create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  assignee_id uuid not null references public.profiles (id) on delete cascade,
  created_by uuid references public.profiles (id) on delete set null,
  title text not null constraint tasks_title_length check (char_length(btrim(title, E' \t\n\r')) between 1 and 150),
  note text not null default '' constraint tasks_note_length check (char_length(note) <= 2000),
  due_on date,
  document_kind text references public.document_kinds (code),
  document_id uuid references public.documents (id) on delete set null,
  status public.task_status not null default 'open',
  reason text constraint tasks_reason_length check (char_length(reason) <= 1000),
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint tasks_submitted_has_document check (status <> 'submitted' or document_id is not null)
);
comment on table public.tasks is 'Work items of a dossier: for its candidate or its pro, optionally asking for a document kind.';
comment on column public.tasks.due_on is 'Due date, a day in the assignee''s time zone.';
comment on column public.tasks.document_id is 'The uploaded document that fulfils a document request, while it awaits review or once approved.';
comment on column public.tasks.reason is 'Why the task was last reopened or cancelled (a rejected document''s reason).';
comment on constraint tasks_title_length on public.tasks is
  E'Le titre de la tâche doit compter de 1 à 150 caractères.\n'
  'A task’s title must be 1 to 150 characters long.';
comment on constraint tasks_note_length on public.tasks is
  E'La note de la tâche ne peut dépasser 2 000 caractères.\n'
  'A task’s note cannot be longer than 2,000 characters.';
comment on constraint tasks_reason_length on public.tasks is
  E'Le motif ne peut dépasser 1 000 caractères.\n'
  'A reason cannot be longer than 1,000 characters.';
comment on constraint tasks_submitted_has_document on public.tasks is
  E'Une tâche remise doit désigner le document déposé.\n'
  'A submitted task must name the uploaded document.';
comment on constraint tasks_dossier_id_fkey on public.tasks is
  E'Dossier introuvable.\n'
  'Application not found.';
comment on constraint tasks_assignee_id_fkey on public.tasks is
  E'Destinataire de la tâche introuvable.\n'
  'The task’s assignee was not found.';
comment on constraint tasks_created_by_fkey on public.tasks is
  E'Auteur de la tâche introuvable.\n'
  'The task’s author was not found.';
comment on constraint tasks_document_kind_fkey on public.tasks is
  E'Type de document inconnu.\n'
  'Unknown document type.';
comment on constraint tasks_document_id_fkey on public.tasks is
  E'Document introuvable.\n'
  'Document not found.';

create table public.task_events (
  id bigint generated always as identity primary key,
  task_id uuid not null references public.tasks (id) on delete cascade,
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  event text not null constraint task_events_event_known check (event in (
    'created', 'done', 'reopened', 'cancelled', 'document_submitted', 'document_withdrawn',
    'document_approved', 'document_rejected'
  )),
  actor_id uuid references public.profiles (id) on delete set null,
  note text constraint task_events_note_length check (char_length(note) <= 2000),
  created_at timestamptz not null default now()
);
comment on table public.task_events is 'Timeline of the tasks of a dossier: each change, who made it and why.';
comment on constraint task_events_event_known on public.task_events is
  E'Type de changement de tâche inconnu.\n'
  'Unknown kind of task change.';
comment on constraint task_events_note_length on public.task_events is
  E'La note ne peut dépasser 2 000 caractères.\n'
  'A note cannot be longer than 2,000 characters.';
comment on constraint task_events_task_id_fkey on public.task_events is
  E'Tâche introuvable.\n'
  'Task not found.';
comment on constraint task_events_dossier_id_fkey on public.task_events is
  E'Dossier introuvable.\n'
  'Application not found.';
comment on constraint task_events_actor_id_fkey on public.task_events is
  E'Auteur du changement introuvable.\n'
  'Author of the change not found.';

-- Reminders already enqueued, so each goes out once whatever the scheduler does: the primary key
-- makes a second (or concurrent) run's insert a no-op.
create table public.task_reminders_sent (
  task_id uuid not null references public.tasks (id) on delete cascade,
  lead text not null constraint task_reminders_sent_lead check (lead in ('7d', '1d', 'day', 'overdue')),
  created_at timestamptz not null default now(),
  primary key (task_id, lead)
);
comment on table public.task_reminders_sent is 'Task reminders (7 days, 1 day, the day) and overdue notices already enqueued.';
comment on constraint task_reminders_sent_lead on public.task_reminders_sent is
  E'Rappel inconnu : 7 jours avant l’échéance, la veille, le jour même ou après l’échéance.\n'
  'Unknown reminder: 7 days before the due date, the day before, on the day or after the due date.';
comment on constraint task_reminders_sent_task_id_fkey on public.task_reminders_sent is
  E'Tâche introuvable.\n'
  'Task not found.';

create table public.document_expiry_reminders_sent (
  document_id uuid not null references public.documents (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  lead text not null constraint document_expiry_reminders_sent_lead check (lead in ('90d', '30d')),
  created_at timestamptz not null default now(),
  primary key (document_id, user_id, lead)
);
comment on table public.document_expiry_reminders_sent is 'Document expiry reminders (90 and 30 days before) already enqueued.';
comment on constraint document_expiry_reminders_sent_lead on public.document_expiry_reminders_sent is
  E'Rappel inconnu : 90 ou 30 jours avant l’expiration.\n'
  'Unknown reminder: 90 or 30 days before expiry.';
comment on constraint document_expiry_reminders_sent_document_id_fkey on public.document_expiry_reminders_sent is
  E'Document introuvable.\n'
  'Document not found.';
comment on constraint document_expiry_reminders_sent_user_id_fkey on public.document_expiry_reminders_sent is
  E'Membre introuvable.\n'
  'Member not found.';

-- Indexes

create index tasks_dossier_idx on public.tasks (dossier_id, created_at);
-- The home page: a member's open tasks, soonest first.
create index tasks_assignee_open_idx on public.tasks (assignee_id, due_on) where status in ('open', 'submitted');
-- The reminder job reads open tasks by due date.
create index tasks_due_open_idx on public.tasks (due_on) where status in ('open', 'submitted') and due_on is not null;
create index tasks_document_idx on public.tasks (document_id) where document_id is not null;
create index tasks_dossier_kind_open_idx on public.tasks (dossier_id, document_kind) where status = 'open' and document_kind is not null;
-- Deleting a profile or a document kind checks its tasks through these.
create index tasks_created_by_idx on public.tasks (created_by) where created_by is not null;
create index tasks_document_kind_idx on public.tasks (document_kind) where document_kind is not null;
create index task_events_dossier_idx on public.task_events (dossier_id, created_at);
create index task_events_task_idx on public.task_events (task_id);
create index task_events_actor_idx on public.task_events (actor_id) where actor_id is not null;
create index document_expiry_reminders_sent_user_idx on public.document_expiry_reminders_sent (user_id);

-- Functions

-- Staff of a dossier: an admin, or its assigned pro acting as one (standing and second factor), the
-- pros' side of private.my_dossier_ids(); never the dossier's own candidate (separation of duties).
create function private.is_staff_of(dossier public.dossiers)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return dossier.id is not null and dossier.candidate_id <> auth.uid()
    and (private.is_admin() or dossier.id in (select private.my_dossier_ids()));
end;
$$;

-- The task for update, when the caller acts on it as the dossier's staff.
create function private.task_for_staff(task_id uuid)
returns public.tasks
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks;
  d public.dossiers;
begin
  perform private.assert_active();
  perform private.assert_second_factor();
  select * into t from public.tasks x where x.id = task_for_staff.task_id for update;
  select * into d from public.dossiers x where x.id = t.dossier_id;
  if t.id is null or not private.is_staff_of(d) then
    raise exception '%', private.caller_text(
      'Tâche introuvable ou hors de votre portefeuille.',
      'Task not found, or not among the applications you handle.') using errcode = '42501';
  end if;
  return t;
end;
$$;

create function private.record_task_event(t public.tasks, event text, note text default null)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.task_events (task_id, dossier_id, event, actor_id, note)
  -- The actor may be a profile being erased along with the document that caused the event.
  values (t.id, t.dossier_id, event, (select p.id from public.profiles p where p.id = auth.uid()),
          nullif(btrim(note, E' \t\n\r'), ''))
$$;

-- Tells the assignee about a task someone else gave or gave back to them.
create function private.notify_task_assigned(t public.tasks, reopened boolean)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
begin
  if t.assignee_id = auth.uid() then
    return;
  end if;
  select * into d from public.dossiers x where x.id = t.dossier_id;
  perform private.notify(
    t.assignee_id, 'task_assigned',
    private.member_text(t.assignee_id,
      case when reopened then 'Tâche à reprendre : ' else 'Nouvelle tâche : ' end,
      case when reopened then 'Task to redo: ' else 'New task: ' end) || t.title,
    coalesce(t.reason, t.note), '/dossiers/' || d.id::text,
    jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'task_id', t.id, 'task_title', t.title,
                       'due_on', t.due_on, 'document_kind', t.document_kind, 'reopened', reopened, 'reason', t.reason)
  );
end;
$$;

create function private.create_task(dossier_id uuid, title text, note text default null, due_on date default null,
                                    document_kind text default null, assignee_id uuid default null)
returns public.tasks
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dossiers;
  t public.tasks;
  uid uuid := auth.uid();
begin
  perform private.assert_active();
  perform private.assert_second_factor();
  select * into d from public.dossiers x where x.id = create_task.dossier_id;
  if not private.is_staff_of(d) then
    raise exception '%', private.caller_text(
      'Dossier introuvable ou hors de votre portefeuille.',
      'Application not found, or not among the applications you handle.') using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(create_task.title, ''), E' \t\n\r')) = 0 then
    raise exception '%', private.caller_text('Indiquez le titre de la tâche.', 'Give the task a title.') using errcode = '22023';
  end if;
  if d.status = 'closed' then
    raise exception '%', private.caller_text(
      'Ce dossier est clos : il ne reçoit plus de tâches.',
      'This application is closed: it no longer takes tasks.') using errcode = '55000';
  end if;
  if coalesce(create_task.assignee_id, d.candidate_id) not in (d.candidate_id, uid) then
    raise exception '%', private.caller_text(
      'Une tâche est confiée au candidat du dossier ou à vous-même.',
      'A task goes to the application’s applicant or to yourself.') using errcode = '22023';
  end if;
  insert into public.tasks (dossier_id, assignee_id, created_by, title, note, due_on, document_kind)
  values (d.id, coalesce(create_task.assignee_id, d.candidate_id), uid, btrim(create_task.title, E' \t\n\r'),
          coalesce(btrim(create_task.note, E' \t\n\r'), ''), create_task.due_on, nullif(create_task.document_kind, ''))
  returning * into t;
  perform private.record_task_event(t, 'created');
  perform private.notify_task_assigned(t, false);
  perform private.write_audit('task.created', 'tasks', t.id::text,
    jsonb_build_object('dossier_id', d.id, 'assignee_id', t.assignee_id, 'due_on', t.due_on, 'document_kind', t.document_kind));
  return t;
end;
$$;

create function public.create_task(dossier_id uuid, title text, note text default null, due_on date default null,
                                   document_kind text default null, assignee_id uuid default null)
returns public.tasks
language sql
set search_path = ''
as $$ select * from private.create_task($1, $2, $3, $4, $5, $6) $$;
comment on function public.create_task(uuid, text, text, date, text, uuid) is
  'The assigned pro or an admin gives a task to the dossier''s candidate (default) or to themselves.';

-- The assignee ticks off a plain task; a document request closes with the document's approval.
create function private.complete_task(task_id uuid)
returns public.tasks
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks;
begin
  perform private.assert_active();
  perform private.assert_second_factor();
  select * into t from public.tasks x where x.id = complete_task.task_id for update;
  if t.id is null or t.assignee_id <> auth.uid()
     or not (t.dossier_id in (select private.my_dossier_ids()) or private.is_admin()) then
    raise exception '%', private.caller_text('Tâche introuvable.', 'Task not found.') using errcode = 'P0002';
  end if;
  if t.document_kind is not null then
    raise exception '%', private.caller_text(
      'Cette demande se termine quand le document demandé est approuvé.',
      'This request is done when the requested document is approved.') using errcode = '55000';
  end if;
  if t.status <> 'open' then
    raise exception '%', private.caller_text(
      'Cette tâche n’est plus ouverte.',
      'This task is no longer open.') using errcode = '55000';
  end if;
  update public.tasks x set status = 'done', closed_at = now(), reason = null where x.id = t.id returning * into t;
  perform private.record_task_event(t, 'done');
  return t;
end;
$$;

create function public.complete_task(task_id uuid)
returns public.tasks
language sql
set search_path = ''
as $$ select * from private.complete_task($1) $$;
comment on function public.complete_task(uuid) is 'The assignee marks their open task done (not a document request).';

create function private.reopen_task(task_id uuid, reason text default null)
returns public.tasks
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks := private.task_for_staff(reopen_task.task_id);
begin
  if t.status not in ('done', 'cancelled') then
    raise exception '%', private.caller_text(
      'Seule une tâche terminée ou annulée peut être rouverte.',
      'Only a done or cancelled task can be reopened.') using errcode = '55000';
  end if;
  if char_length(reopen_task.reason) > 1000 then
    raise exception '%', private.caller_text(
      'Le motif dépasse 1 000 caractères.',
      'The reason is longer than 1,000 characters.') using errcode = '22001';
  end if;
  -- A reopened request waits for a new upload: the approved one did not do.
  update public.tasks x
     set status = 'open', closed_at = null, document_id = null,
         reason = nullif(btrim(reopen_task.reason, E' \t\n\r'), '')
   where x.id = t.id
  returning * into t;
  perform private.record_task_event(t, 'reopened', reopen_task.reason);
  perform private.notify_task_assigned(t, true);
  perform private.write_audit('task.reopened', 'tasks', t.id::text, jsonb_build_object('reason', t.reason));
  return t;
end;
$$;

create function public.reopen_task(task_id uuid, reason text default null)
returns public.tasks
language sql
set search_path = ''
as $$ select * from private.reopen_task($1, $2) $$;
comment on function public.reopen_task(uuid, text) is 'The assigned pro or an admin reopens a done or cancelled task.';

create function private.cancel_task(task_id uuid, reason text default null)
returns public.tasks
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks := private.task_for_staff(cancel_task.task_id);
begin
  if t.status not in ('open', 'submitted') then
    raise exception '%', private.caller_text(
      'Seule une tâche en cours peut être annulée.',
      'Only an open task can be cancelled.') using errcode = '55000';
  end if;
  if char_length(cancel_task.reason) > 1000 then
    raise exception '%', private.caller_text(
      'Le motif dépasse 1 000 caractères.',
      'The reason is longer than 1,000 characters.') using errcode = '22001';
  end if;
  update public.tasks x
     set status = 'cancelled', closed_at = now(), reason = nullif(btrim(cancel_task.reason, E' \t\n\r'), '')
   where x.id = t.id
  returning * into t;
  perform private.record_task_event(t, 'cancelled', cancel_task.reason);
  perform private.write_audit('task.cancelled', 'tasks', t.id::text, jsonb_build_object('reason', t.reason));
  return t;
end;
$$;

create function public.cancel_task(task_id uuid, reason text default null)
returns public.tasks
language sql
set search_path = ''
as $$ select * from private.cancel_task($1, $2) $$;
comment on function public.cancel_task(uuid, text) is 'The assigned pro or an admin cancels an open task.';

-- Document requests follow the documents of their kind: an upload submits the open requests of
-- that kind, the approval closes them, a rejection or a withdrawal reopens them.
create function private.follow_requested_document()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks;
begin
  if tg_op = 'INSERT' then
    if new.kind is null then
      return null;
    end if;
    for t in
      update public.tasks x set status = 'submitted', document_id = new.id
      where x.dossier_id = new.dossier_id and x.document_kind = new.kind and x.status = 'open'
      returning x.*
    loop
      perform private.record_task_event(t, 'document_submitted', new.file_name);
    end loop;
  elsif tg_op = 'UPDATE' and new.status = 'approved' then
    for t in
      update public.tasks x set status = 'done', closed_at = now(), reason = null
      where x.document_id = new.id and x.status = 'submitted'
      returning x.*
    loop
      perform private.record_task_event(t, 'document_approved', new.file_name);
    end loop;
  elsif tg_op = 'UPDATE' and new.status = 'rejected' then
    for t in
      update public.tasks x set status = 'open', document_id = null, reason = new.rejection_reason
      where x.document_id = new.id and x.status = 'submitted'
      returning x.*
    loop
      perform private.record_task_event(t, 'document_rejected', new.rejection_reason);
    end loop;
  elsif tg_op = 'DELETE' then
    for t in
      update public.tasks x set status = 'open', document_id = null
      where x.document_id = old.id and x.status = 'submitted'
        -- A dossier being deleted takes its tasks along: nothing to reopen.
        and exists (select 1 from public.dossiers d where d.id = old.dossier_id)
      returning x.*
    loop
      perform private.record_task_event(t, 'document_withdrawn', old.file_name);
    end loop;
    return old;
  end if;
  return null;
end;
$$;

-- The one thing to do next on a dossier, who does it and by when: the same answer for its
-- candidate, its pro and admins, read as the caller (RLS: an unseen dossier answers nothing). The
-- first rule that applies wins; `documents` names what the step is about (labels in the caller's
-- language, checklist order).
create function public.dossier_next_step(dossier_id uuid)
returns table (action text, actor text, due_on date, task_id uuid, task_title text, documents text[])
language sql
stable
set search_path = ''
as $$
  select s.action, s.actor, s.due_on, s.task_id, s.task_title, s.documents
  from public.dossiers d
  -- The caller's language, asked once per call rather than once per document named.
  cross join (select private.caller_text('fr', 'en') = 'en' as english) l
  cross join lateral (
    select array_agg(c.label) filter (where c.state in ('rejected', 'expired')) as to_replace,
           array_agg(c.label) filter (where c.state = 'missing') as missing,
           array_agg(c.label) filter (where c.state = 'pending') as pending
    from (select case when l.english then k.label_en else c.label end as label, c.state
          from public.dossier_checklist(d.id) c join public.document_kinds k on k.code = c.kind) c
  ) c
  left join lateral (
    select t.id, t.title, t.due_on, case when l.english then k.label_en else k.label end as kind
    from public.tasks t left join public.document_kinds k on k.code = t.document_kind
    where t.dossier_id = d.id and t.assignee_id = d.candidate_id and t.status = 'open'
    order by t.due_on nulls last, t.created_at
    limit 1
  ) t on true
  cross join lateral (
    select r.action, r.actor, r.due_on, r.task_id, r.task_title, r.documents
    from (values
      (1, d.status = 'closed', 'none', null, null::date, null::uuid, null, null::text[]),
      (2, t.id is not null, 'complete_task', 'candidate', t.due_on, t.id, t.title, array_remove(array[t.kind], null)),
      (3, d.status in ('draft', 'action_required') and c.to_replace is not null, 'replace_documents', 'candidate', null, null, null, c.to_replace),
      (4, d.status = 'draft' and c.missing is not null, 'add_documents', 'candidate', null, null, null, c.missing),
      (5, d.status = 'draft', 'submit', 'candidate', null, null, null, null),
      (6, d.status = 'action_required', 'resubmit', 'candidate', null, null, null, c.missing),
      (7, d.status = 'submitted' and d.pro_id is null, 'assign_pro', 'admin', null, null, null, null),
      (8, d.status = 'submitted', 'start_review', 'pro', null, null, null, null),
      (9, d.status = 'in_review' and c.pending is not null, 'review_documents', 'pro', null, null, null, c.pending),
      (10, d.status = 'in_review', 'decide', 'pro', null, null, null, null),
      (11, d.status in ('approved', 'rejected'), 'close', 'pro', null, null, null, null)
    ) as r (rank, applies, action, actor, due_on, task_id, task_title, documents)
    where r.applies
    order by r.rank
    limit 1
  ) s
  where d.id = dossier_next_step.dossier_id
$$;
comment on function public.dossier_next_step(uuid) is
  'Next step of a dossier: action, who must act (candidate, pro, admin), due day, task and documents concerned.';

-- The next step of each open dossier of the caller (their own, or assigned to them): theirs to take
-- first, then the soonest due, then the latest activity. The home page shows the first.
create function public.my_next_steps()
returns table (dossier_id uuid, title text, status public.dossier_status, action text, actor text, due_on date,
               task_id uuid, task_title text, documents text[], candidate_name text, pro_name text)
language sql
stable
set search_path = ''
as $$
  select d.id, d.title, d.status, s.action, s.actor, s.due_on, s.task_id, s.task_title, s.documents, c.full_name, p.full_name
  from public.dossiers d
  cross join lateral public.dossier_next_step(d.id) s
  join public.profiles c on c.id = d.candidate_id
  left join public.profiles p on p.id = d.pro_id
  where d.id = any ((select private.my_dossier_id_array())::uuid[]) and d.status <> 'closed'
  order by s.actor = case when d.candidate_id = (select auth.uid()) then 'candidate' else 'pro' end desc,
           s.due_on nulls last, d.updated_at desc
$$;
comment on function public.my_next_steps() is
  'Next step of each open dossier the caller owns or is assigned, the caller''s own steps first.';

-- Reminders. The scheduler calls enqueue_task_reminders() with the database clock; a test passes
-- its own reference time. Days are the recipient's (private.member_time_zone). Each task reminds
-- its assignee 7 days, 1 day before and on its due day (the most urgent that applies, once each),
-- and tells the dossier's pro (or the task's author) once when it is overdue. Each document with an
-- expiry date reminds the candidate and the pro 90 and 30 days before. The sent-tables' primary
-- keys make each reminder happen once: a concurrent run waits on the first one's row, then skips it.
create function private.enqueue_task_reminders(as_of timestamptz)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  due record;
  sent integer := 0;
begin
  for due in
    with open_tasks as (
      select t.id, t.due_on, t.assignee_id,
             coalesce(d.pro_id, t.created_by) as pro_id,
             (as_of at time zone private.member_time_zone(t.assignee_id))::date as assignee_today,
             (as_of at time zone private.member_time_zone(coalesce(d.pro_id, t.created_by)))::date as pro_today
      from public.tasks t
      join public.dossiers d on d.id = t.dossier_id
      where t.status in ('open', 'submitted') and t.due_on is not null
        and t.due_on between (as_of - interval '2 days')::date - 365 and (as_of + interval '2 days')::date + 7
    ),
    leads as (
      select o.id, case
               when o.assignee_today = o.due_on then 'day'
               when o.assignee_today = o.due_on - 1 then '1d'
               when o.assignee_today between o.due_on - 7 and o.due_on - 2 then '7d'
             end as lead
      from open_tasks o
      union all
      select o.id, 'overdue' from open_tasks o where o.pro_today > o.due_on and o.pro_id is not null
    )
    insert into public.task_reminders_sent (task_id, lead, created_at)
    select l.id, l.lead, as_of from leads l where l.lead is not null
    on conflict do nothing
    returning task_id, lead
  loop
    perform private.send_task_reminder(due.task_id, due.lead);
    sent := sent + 1;
  end loop;

  for due in
    with expiring as (
      select x.id as document_id, r.user_id, x.expires_on,
             (as_of at time zone private.member_time_zone(r.user_id))::date as today
      from public.documents x
      join public.dossiers d on d.id = x.dossier_id
      cross join lateral (values (d.candidate_id), (d.pro_id)) r (user_id)
      where x.expires_on between (as_of - interval '2 days')::date and (as_of + interval '2 days')::date + 90
        and x.status <> 'rejected' and d.status <> 'closed' and r.user_id is not null
    )
    insert into public.document_expiry_reminders_sent (document_id, user_id, lead, created_at)
    select e.document_id, e.user_id, case when e.today >= e.expires_on - 30 then '30d' else '90d' end, as_of
    from expiring e
    where e.today between e.expires_on - 90 and e.expires_on
    on conflict do nothing
    returning document_id, user_id, lead
  loop
    perform private.send_expiry_reminder(due.document_id, due.user_id, due.lead);
    sent := sent + 1;
  end loop;
  return sent;
end;
$$;

create function private.send_task_reminder(task_id uuid, lead text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks;
  d public.dossiers;
  recipient uuid;
  due_text text;
begin
  select * into t from public.tasks x where x.id = send_task_reminder.task_id;
  select * into d from public.dossiers x where x.id = t.dossier_id;
  recipient := case when lead = 'overdue' then coalesce(d.pro_id, t.created_by) else t.assignee_id end;
  due_text := private.member_day(t.due_on, recipient);
  perform private.notify(
    recipient, case when lead = 'overdue' then 'task_overdue' else 'task_reminder' end::public.notification_kind,
    private.member_text(recipient,
      case lead
        when 'overdue' then 'Tâche en retard : ' || t.title
        when 'day' then 'À faire aujourd''hui : ' || t.title
        when '1d' then 'À faire demain : ' || t.title
        else 'À faire d''ici le ' || due_text || ' : ' || t.title
      end,
      case lead
        when 'overdue' then 'Task overdue: ' || t.title
        when 'day' then 'Due today: ' || t.title
        when '1d' then 'Due tomorrow: ' || t.title
        else 'Due by ' || due_text || ': ' || t.title
      end),
    private.member_text(recipient, 'Échéance : ' || due_text || ' — dossier « ' || d.title || ' »',
                        'Due ' || due_text || ' — application “' || d.title || '”'),
    '/dossiers/' || d.id::text,
    jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'task_id', t.id, 'task_title', t.title,
                       'due_on', t.due_on, 'document_kind', t.document_kind, 'lead', lead),
    'task-reminder:' || t.id::text || ':' || lead
  );
end;
$$;

create function private.send_expiry_reminder(document_id uuid, user_id uuid, lead text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  doc public.documents;
  d public.dossiers;
  kind_label text;
begin
  select * into doc from public.documents x where x.id = send_expiry_reminder.document_id;
  select * into d from public.dossiers x where x.id = doc.dossier_id;
  select private.member_text(user_id, k.label, k.label_en) into kind_label from public.document_kinds k where k.code = doc.kind;
  perform private.notify(
    user_id, 'document_expiring',
    private.member_text(user_id, 'Document bientôt expiré : ', 'Document expiring soon: ') || coalesce(kind_label, doc.file_name),
    private.member_text(user_id, 'Expire le ' || private.member_day(doc.expires_on, user_id) || ' — dossier « ' || d.title || ' »',
                        'Expires ' || private.member_day(doc.expires_on, user_id) || ' — application “' || d.title || '”'),
    '/dossiers/' || d.id::text,
    jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'document_id', doc.id, 'file_name', doc.file_name,
                       'kind_label', kind_label, 'expires_on', doc.expires_on, 'lead', lead),
    'document-expiry:' || doc.id::text || ':' || user_id::text || ':' || lead
  );
end;
$$;

create function public.enqueue_task_reminders(as_of timestamptz default now())
returns integer
language sql
set search_path = ''
as $$ select private.enqueue_task_reminders(coalesce(as_of, now())) $$;
comment on function public.enqueue_task_reminders(timestamptz) is
  'Enqueues due task reminders, overdue notices and document expiry reminders once each (for the scheduler, service_role only).';

-- Triggers

create trigger tasks_touch_updated_at before update on public.tasks
  for each row execute function private.touch_updated_at();
create trigger documents_follow_requests_insert after insert on public.documents
  for each row execute function private.follow_requested_document();
create trigger documents_follow_requests_review after update of status on public.documents
  for each row when (old.status is distinct from new.status)
  execute function private.follow_requested_document();
-- Before the delete: the foreign key then clears document_id, and the request would be lost.
create trigger documents_follow_requests_delete before delete on public.documents
  for each row execute function private.follow_requested_document();

-- Grants

revoke all on function private.is_staff_of(public.dossiers), private.task_for_staff(uuid),
  private.record_task_event(public.tasks, text, text), private.notify_task_assigned(public.tasks, boolean),
  private.follow_requested_document(), private.enqueue_task_reminders(timestamptz),
  private.send_task_reminder(uuid, text), private.send_expiry_reminder(uuid, uuid, text) from public;
revoke all on function public.create_task(uuid, text, text, date, text, uuid), public.complete_task(uuid),
  public.reopen_task(uuid, text), public.cancel_task(uuid, text), public.enqueue_task_reminders(timestamptz) from public, anon;
grant execute on function public.create_task(uuid, text, text, date, text, uuid), public.complete_task(uuid),
  public.reopen_task(uuid, text), public.cancel_task(uuid, text) to authenticated;
revoke all on function private.create_task(uuid, text, text, date, text, uuid), private.complete_task(uuid),
  private.reopen_task(uuid, text), private.cancel_task(uuid, text) from public;
grant execute on function private.create_task(uuid, text, text, date, text, uuid), private.complete_task(uuid),
  private.reopen_task(uuid, text), private.cancel_task(uuid, text) to authenticated;
revoke all on function public.dossier_next_step(uuid), public.my_next_steps() from public, anon;
grant execute on function public.dossier_next_step(uuid), public.my_next_steps() to authenticated;
revoke all on function public.enqueue_task_reminders(timestamptz) from authenticated;
grant execute on function public.enqueue_task_reminders(timestamptz) to service_role;
grant execute on function private.enqueue_task_reminders(timestamptz) to service_role;

revoke all on public.tasks, public.task_events, public.task_reminders_sent, public.document_expiry_reminders_sent
  from public, anon, authenticated, service_role;
grant select on public.tasks, public.task_events to authenticated;
grant select, insert, update, delete on public.tasks to service_role;
grant select on public.task_events, public.task_reminders_sent, public.document_expiry_reminders_sent to service_role;

-- Row-level security

alter table public.tasks enable row level security;
alter table public.task_events enable row level security;
alter table public.task_reminders_sent enable row level security;
alter table public.document_expiry_reminders_sent enable row level security;

-- Every write goes through the RPCs above; reading follows the dossier, asked of the dossier array
-- as the chat asks it (one array per statement, no set to hash: see the chat chapter).
create policy tasks_select_members_or_admin on public.tasks for select to authenticated
  using (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()));
comment on policy tasks_select_members_or_admin on public.tasks is
  'The tasks of a dossier are visible to whoever sees the dossier: its candidate, its assigned pro and admins.';
create policy task_events_select_members_or_admin on public.task_events for select to authenticated
  using (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()));
comment on policy task_events_select_members_or_admin on public.task_events is
  'The task timeline is visible to whoever sees the dossier.';
-- Pros and admins read tasks only with their second factor: private.my_dossier_id_array() and
-- private.is_admin() hold it (see the case files chapter).
-- The sent-tables have no policy for the browser roles: only the reminder job writes them.

-- Scheduled job, where pg_cron exists (a Supabase project): task and document reminders every
-- fifteen minutes, with the database clock. On plain Postgres (the tests) this only says so.
do $schedule$
begin
  if not exists (select from pg_catalog.pg_extension where extname = 'pg_cron') then
    raise notice 'Job not scheduled (task-reminders): pg_cron unavailable in this database.';
    return;
  end if;
  perform cron.schedule('task-reminders', '*/15 * * * *', 'select public.enqueue_task_reminders()');
end
$schedule$;
