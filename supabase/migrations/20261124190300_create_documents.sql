-- Documents of a dossier and the checklist they fill. The row comes first (it names the storage
-- path {dossier_id}/{document_id}/{file name}); the file then goes to the private `documents`
-- bucket, whose policies accept only the path, type and size of a pending row the caller created,
-- checked against the bucket's own limits. Only the assigned pro or an admin reviews, a rejection
-- needs a reason, and the candidate is told. Each program type lists the kinds it requires.

-- Types

create type public.document_status as enum ('pending', 'approved', 'rejected');

-- Tables

-- Reference data: the kinds of document a case needs (with how long each stays valid) and which
-- kinds each program requires. Product data, not demo data: readable by everyone, changed only here.
create table public.document_kinds (
  code text primary key constraint document_kinds_code_format check (code ~ '^[a-z_]+$'),
  label text not null,
  label_en text not null,
  validity_months integer constraint document_kinds_validity_positive check (validity_months > 0)
);
comment on table public.document_kinds is 'Kinds of supporting document, with their usual validity in months (null: until its own expiry date).';
comment on column public.document_kinds.label_en is
  'The English name (label is the French one), equal to documentKindLabelsEn in supabase/functions/_shared/contract/labels-en.ts.';

create table public.program_requirements (
  program_type public.program_type not null,
  kind text not null references public.document_kinds (code),
  position smallint not null,
  primary key (program_type, kind)
);
comment on table public.program_requirements is 'The documents each program type requires, in display order.';

comment on constraint document_kinds_code_format on public.document_kinds is
  E'Code de type de document mal formé.\n'
  'Malformed document type code.';
comment on constraint document_kinds_validity_positive on public.document_kinds is
  E'La durée de validité doit être positive.\n'
  'The validity period must be positive.';
comment on constraint program_requirements_kind_fkey on public.program_requirements is
  E'Type de document inconnu.\n'
  'Unknown document type.';

insert into public.document_kinds (code, label, label_en, validity_months) values
  ('passport', 'Passeport', 'Passport', null),
  ('photo', 'Photo d’identité', 'ID photo', 6),
  ('birth_certificate', 'Acte de naissance', 'Birth certificate', null),
  ('language_test', 'Résultats de test de langue (TEF, TCF, IELTS, CELPIP)', 'Language test results (TEF, TCF, IELTS, CELPIP)', 24),
  ('education_assessment', 'Évaluation des diplômes (EDE)', 'Educational credential assessment (ECA)', 60),
  ('employment_letter', 'Lettre d’employeur ou offre d’emploi', 'Employer letter or job offer', 6),
  ('proof_of_funds', 'Preuve de fonds', 'Proof of funds', 6),
  ('police_certificate', 'Certificat de police', 'Police certificate', 12),
  ('medical_exam', 'Examen médical', 'Medical exam', 12),
  ('acceptance_letter', 'Lettre d’acceptation d’un établissement d’enseignement', 'Letter of acceptance from a school', null),
  ('quebec_certificate', 'Certificat de sélection ou d’acceptation du Québec (CSQ, CAQ)', 'Quebec selection or acceptance certificate (CSQ, CAQ)', null),
  ('marriage_certificate', 'Acte de mariage ou preuve d’union', 'Marriage certificate or proof of union', null),
  ('sponsor_income', 'Preuve de revenus du répondant', 'Sponsor’s proof of income', 12),
  ('travel_history', 'Historique de voyages', 'Travel history', null),
  ('tax_documents', 'Avis de cotisation fiscale', 'Tax notice of assessment', 12),
  ('physical_presence', 'Preuve de présence effective au Canada', 'Proof of physical presence in Canada', null);

insert into public.program_requirements (program_type, kind, position) values
  ('express_entry', 'passport', 1), ('express_entry', 'language_test', 2),
  ('express_entry', 'education_assessment', 3), ('express_entry', 'employment_letter', 4),
  ('express_entry', 'proof_of_funds', 5), ('express_entry', 'police_certificate', 6),
  ('express_entry', 'medical_exam', 7), ('express_entry', 'photo', 8),
  ('quebec_skilled_worker', 'passport', 1), ('quebec_skilled_worker', 'language_test', 2),
  ('quebec_skilled_worker', 'education_assessment', 3), ('quebec_skilled_worker', 'employment_letter', 4),
  ('quebec_skilled_worker', 'quebec_certificate', 5), ('quebec_skilled_worker', 'police_certificate', 6),
  ('quebec_skilled_worker', 'medical_exam', 7),
  ('study_permit', 'passport', 1), ('study_permit', 'acceptance_letter', 2),
  ('study_permit', 'quebec_certificate', 3), ('study_permit', 'proof_of_funds', 4), ('study_permit', 'photo', 5),
  ('work_permit', 'passport', 1), ('work_permit', 'employment_letter', 2),
  ('work_permit', 'police_certificate', 3), ('work_permit', 'photo', 4),
  ('family_sponsorship', 'passport', 1), ('family_sponsorship', 'birth_certificate', 2),
  ('family_sponsorship', 'marriage_certificate', 3), ('family_sponsorship', 'sponsor_income', 4),
  ('family_sponsorship', 'police_certificate', 5), ('family_sponsorship', 'medical_exam', 6),
  ('visitor_visa', 'passport', 1), ('visitor_visa', 'proof_of_funds', 2),
  ('visitor_visa', 'travel_history', 3), ('visitor_visa', 'photo', 4),
  ('citizenship', 'passport', 1), ('citizenship', 'language_test', 2),
  ('citizenship', 'physical_presence', 3), ('citizenship', 'tax_documents', 4);

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  kind text references public.document_kinds (code),
  file_name text not null constraint documents_file_name_valid
    check (char_length(file_name) between 1 and 180 and file_name !~ '[/\\[:cntrl:]]' and file_name not in ('.', '..')),
  storage_path text generated always as (dossier_id::text || '/' || id::text || '/' || file_name) stored,
  mime_type text not null,
  size_bytes bigint not null constraint documents_size_positive check (size_bytes > 0),
  status public.document_status not null default 'pending',
  rejection_reason text constraint documents_rejection_reason_length check (char_length(rejection_reason) <= 1000),
  reviewed_by uuid references public.profiles (id) on delete set null,
  reviewed_at timestamptz,
  expires_on date,
  uploaded_by uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint documents_rejection_needs_reason
    check (status <> 'rejected' or char_length(btrim(coalesce(rejection_reason, ''), E' \t\n\r')) > 0),
  constraint documents_id_dossier_unique unique (id, dossier_id)
);
comment on table public.documents is 'Files of a dossier (in the documents bucket) with their review status.';

comment on constraint documents_file_name_valid on public.documents is
  E'Nom de fichier invalide : de 1 à 180 caractères, sans « / », « \\ » ni caractère de contrôle.\n'
  'Invalid file name: 1 to 180 characters, without “/”, “\\” or control characters.';
comment on constraint documents_size_positive on public.documents is
  E'Le fichier est vide.\n'
  'The file is empty.';
comment on constraint documents_rejection_reason_length on public.documents is
  E'Le motif de refus ne peut dépasser 1 000 caractères.\n'
  'A reason for refusal cannot be longer than 1,000 characters.';
comment on constraint documents_rejection_needs_reason on public.documents is
  E'Un motif est requis pour refuser un document.\n'
  'Give a reason to refuse a document.';
comment on constraint documents_id_dossier_unique on public.documents is
  E'Ce document existe déjà dans ce dossier.\n'
  'This document is already in this application.';
comment on constraint documents_dossier_id_fkey on public.documents is
  E'Dossier introuvable.\n'
  'Application not found.';
comment on constraint documents_kind_fkey on public.documents is
  E'Type de document inconnu.\n'
  'Unknown document type.';
comment on constraint documents_reviewed_by_fkey on public.documents is
  E'Réviseur introuvable.\n'
  'Reviewer not found.';
comment on constraint documents_uploaded_by_fkey on public.documents is
  E'Auteur du dépôt introuvable.\n'
  'Uploader not found.';

-- Indexes

create index program_requirements_kind_idx on public.program_requirements (kind);
create unique index documents_storage_path_idx on public.documents (storage_path);
create index documents_dossier_idx on public.documents (dossier_id, created_at desc);
create index documents_pending_idx on public.documents (created_at) where status = 'pending';
create index documents_uploaded_by_idx on public.documents (uploaded_by);
create index documents_expires_on_idx on public.documents (expires_on) where expires_on is not null;
-- Deleting a profile (reviewer) or a document kind checks its documents through these.
create index documents_reviewed_by_idx on public.documents (reviewed_by) where reviewed_by is not null;
create index documents_kind_idx on public.documents (kind) where kind is not null;

comment on index public.documents_storage_path_idx is
  E'Un fichier porte déjà ce nom pour ce document.\n'
  'A file already has this name for this document.';

-- Functions

-- The bucket is the single source of the limits; closed dossiers take no new files.
create function private.check_new_document()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  bucket storage.buckets;
begin
  select * into bucket from storage.buckets where id = 'documents';
  if bucket.allowed_mime_types is not null and not (new.mime_type = any (bucket.allowed_mime_types)) then
    raise exception '%', private.caller_text(
      'Type de fichier non accepté. Formats permis : PDF, images, documents bureautiques.',
      'File type not accepted. Accepted formats: PDF, images, office documents.')
      using errcode = '22023';
  end if;
  if bucket.file_size_limit is not null and new.size_bytes > bucket.file_size_limit then
    raise exception '%', private.caller_text(
      'Fichier trop volumineux : ' || bucket.file_size_limit / 1048576 || ' Mo au maximum.',
      'File too large: ' || bucket.file_size_limit / 1048576 || ' MB at most.')
      using errcode = '22023';
  end if;
  if exists (select 1 from public.dossiers d where d.id = new.dossier_id and d.status = 'closed') then
    raise exception '%', private.caller_text(
      'Ce dossier est clos : il ne reçoit plus de documents.',
      'This application is closed: it no longer takes documents.') using errcode = '55000';
  end if;
  perform private.enforce_write_rate('upload');
  return new;
end;
$$;

create function private.review_document(document_id uuid, decision public.document_status, reason text default null)
returns public.documents
language plpgsql
security definer
set search_path = ''
as $$
declare
  doc public.documents;
  pro uuid;
  candidate uuid;
begin
  perform private.assert_active();
  perform private.assert_second_factor();
  select x.* into doc from public.documents x where x.id = review_document.document_id for update;
  select d.pro_id, d.candidate_id into pro, candidate from public.dossiers d where d.id = doc.dossier_id;
  if doc.id is null or not private.acts_as_staff_for(pro) then
    raise exception '%', private.caller_text(
      'Document introuvable ou hors de votre portefeuille.',
      'Document not found, or not among the applications you handle.') using errcode = '42501';
  end if;
  -- Separation of duties: nobody reviews a document of their own case, or one they uploaded.
  if auth.uid() in (candidate, doc.uploaded_by) then
    raise exception '%', private.caller_text(
      'Vous ne pouvez pas réviser un document de votre propre dossier ni un document que vous avez déposé.',
      'You cannot review a document of your own application, nor one you uploaded.')
      using errcode = '42501';
  end if;
  if review_document.decision is null or review_document.decision = 'pending' then
    raise exception '%', private.caller_text(
      'Décision attendue : approuvé ou refusé.',
      'Choose a decision: approved or refused.') using errcode = '22023';
  end if;
  if review_document.decision = 'rejected' and char_length(btrim(coalesce(review_document.reason, ''), E' \t\n\r')) = 0 then
    raise exception '%', private.caller_text(
      'Un motif est requis pour refuser un document.',
      'Give a reason to refuse a document.') using errcode = '22023';
  end if;
  update public.documents x
     set status = review_document.decision,
         rejection_reason = case when review_document.decision = 'rejected' then btrim(review_document.reason, E' \t\n\r') end,
         reviewed_by = auth.uid(),
         reviewed_at = now()
   where x.id = doc.id
  returning * into doc;
  perform private.write_audit('document.reviewed', 'documents', doc.id::text,
    jsonb_build_object('decision', doc.status, 'reason', doc.rejection_reason));
  return doc;
end;
$$;

create function public.review_document(document_id uuid, decision public.document_status, reason text default null)
returns public.documents
language sql
set search_path = ''
as $$ select * from private.review_document($1, $2, $3) $$;
comment on function public.review_document(uuid, public.document_status, text) is
  'The assigned pro or an admin approves or rejects (with a reason) a document.';

-- What the dossier's program requires and where each item stands.
create function public.dossier_checklist(dossier_id uuid)
returns table (kind text, label text, validity_months integer, state text, document_id uuid, expires_on date)
language sql
stable
set search_path = ''
as $$
  select k.code, k.label, k.validity_months,
         case
           when doc.id is null then 'missing'
           when doc.status = 'rejected' then 'rejected'
           when doc.expires_on < current_date then 'expired'
           when doc.status = 'pending' then 'pending'
           when doc.expires_on < current_date + 60 then 'expiring'
           else 'approved'
         end,
         doc.id, doc.expires_on
  from public.dossiers d
  join public.program_requirements r on r.program_type = d.program_type
  join public.document_kinds k on k.code = r.kind
  left join lateral (
    select x.id, x.status,
           coalesce(x.expires_on, (x.created_at + make_interval(months => k.validity_months))::date) as expires_on
    from public.documents x
    where x.dossier_id = d.id and x.kind = k.code
    order by case x.status when 'approved' then 0 when 'pending' then 1 else 2 end, x.created_at desc
    limit 1
  ) doc on true
  where d.id = dossier_checklist.dossier_id
  order by r.position
$$;
comment on function public.dossier_checklist(uuid) is 'Checklist of a dossier: missing, pending, approved, expiring, expired or rejected per required kind.';

-- Share of required kinds covered by a valid approved document, 0–100.
create function public.dossier_readiness(dossier_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select coalesce(round(100.0 * count(*) filter (where c.state in ('approved', 'expiring')) / nullif(count(*), 0))::integer, 0)
  from public.dossier_checklist(dossier_readiness.dossier_id) c
$$;
comment on function public.dossier_readiness(uuid) is 'Readiness percentage of a dossier (approved, unexpired required documents).';

-- A review tells the candidate, in the app and by email.
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
    private.member_text(d.candidate_id,
      case new.status when 'approved' then 'Document approuvé : ' else 'Document refusé : ' end,
      case new.status when 'approved' then 'Document approved: ' else 'Document refused: ' end) || new.file_name,
    coalesce(new.rejection_reason, ''), '/dossiers/' || d.id::text,
    jsonb_build_object('dossier_id', d.id, 'dossier_title', d.title, 'document_id', new.id,
                       'file_name', new.file_name, 'decision', new.status, 'reason', new.rejection_reason)
  );
  return null;
end;
$$;

-- Triggers

create trigger documents_touch_updated_at before update on public.documents
  for each row execute function private.touch_updated_at();
create trigger documents_check_new before insert on public.documents
  for each row execute function private.check_new_document();
create trigger documents_notify_reviewed after update of status on public.documents
  for each row when (old.status is distinct from new.status and new.status <> 'pending')
  execute function private.notify_document_reviewed();

-- Grants

revoke all on function private.check_new_document() from public;
revoke all on function public.review_document(uuid, public.document_status, text),
  public.dossier_checklist(uuid), public.dossier_readiness(uuid) from public, anon;
grant execute on function public.review_document(uuid, public.document_status, text),
  public.dossier_checklist(uuid), public.dossier_readiness(uuid) to authenticated;
revoke all on function private.review_document(uuid, public.document_status, text) from public;
grant execute on function private.review_document(uuid, public.document_status, text) to authenticated;
revoke all on function private.notify_document_reviewed() from public;

revoke all on public.document_kinds, public.program_requirements from public, anon, authenticated, service_role;
grant select on public.document_kinds, public.program_requirements to anon, authenticated, service_role;

revoke all on public.documents from public, anon, authenticated, service_role;
grant select, delete on public.documents to authenticated;
grant insert (dossier_id, kind, file_name, mime_type, size_bytes, expires_on) on public.documents to authenticated;
grant update (kind, expires_on) on public.documents to authenticated;
grant select, insert, update, delete on public.documents to service_role;

-- Row-level security

alter table public.document_kinds enable row level security;
alter table public.program_requirements enable row level security;
alter table public.documents enable row level security;

-- Reference data is public (the home page lists what each program asks for).
create policy document_kinds_select_all on public.document_kinds for select to anon, authenticated using (true);
create policy program_requirements_select_all on public.program_requirements for select to anon, authenticated using (true);

create policy documents_select_members_or_admin on public.documents for select to authenticated
  using (dossier_id in (select private.my_dossier_ids()) or (select private.is_admin()));
comment on policy documents_select_members_or_admin on public.documents is
  'Members of the dossier (candidate, assigned pro) and admins see its documents.';
-- Members and admins add documents in their own name.
create policy documents_insert_members on public.documents for insert to authenticated
  with check (
    uploaded_by = (select auth.uid())
    and (dossier_id in (select private.my_dossier_ids()) or (select private.is_admin()))
  );
-- The uploader corrects kind and expiry while the document awaits review.
create policy documents_update_uploader on public.documents for update to authenticated
  using (uploaded_by = (select auth.uid()) and status = 'pending' and dossier_id in (select private.my_dossier_ids()))
  with check (uploaded_by = (select auth.uid()));
create policy documents_delete_uploader_or_admin on public.documents for delete to authenticated
  using (
    (uploaded_by = (select auth.uid()) and status = 'pending' and dossier_id in (select private.my_dossier_ids()))
    or (select private.is_admin())
  );
comment on policy documents_delete_uploader_or_admin on public.documents is
  'The uploader withdraws a pending document of a dossier they belong to; admins remove any.';
-- Each policy above asks private.my_dossier_ids() or private.is_admin(), which hold the second factor
-- pros and admins need (see the case files chapter).

-- Storage: the private `documents` bucket; its limits are the single source of what a row may declare.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('documents', 'documents', false, 52428800, array[
  'application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text'
])
on conflict (id) do update
  set public = excluded.public,
      file_size_limit = excluded.file_size_limit,
      allowed_mime_types = excluded.allowed_mime_types;

-- Files follow their rows, second factor included: each policy asks a word that holds it
-- (private.my_dossier_ids, private.case_user_id, private.is_admin). (Policies on storage.objects
-- carry no `comment on policy`: that needs the table's owner, supabase_storage_admin; postgres may
-- only create them.)
-- Files are read by whoever sees their dossier: its candidate, its assigned pro and admins.
create policy documents_objects_select_members_or_admin on storage.objects for select to authenticated
  using (
    bucket_id = 'documents'
    and ((storage.foldername(name))[1] in (select id::text from private.my_dossier_ids() as id) or (select private.is_admin()))
  );
-- An upload must land on the path of a pending row that the caller created, with the type and
-- size that row declares. Storage checks this insert before receiving the file, with metadata
-- {mimetype: the request's content type, contentLength: its declared length}, then stores that
-- many bytes (supabase/storage src/storage/uploader.ts, canUpload and fileUploadFromRequest).
create policy documents_objects_insert_uploader on storage.objects for insert to authenticated
  with check (
    bucket_id = 'documents'
    and exists (
      select 1 from public.documents d
      where d.storage_path = storage.objects.name
        and d.uploaded_by = (select private.case_user_id())
        and d.status = 'pending'
        and d.mime_type = storage.objects.metadata ->> 'mimetype'
        and to_jsonb(d.size_bytes) = storage.objects.metadata -> 'contentLength'
    )
  );
-- The uploader removes their file unless its row has been reviewed; admins remove any.
create policy documents_objects_delete_uploader_or_admin on storage.objects for delete to authenticated
  using (
    bucket_id = 'documents'
    and (
      (
        owner_id = (select private.case_user_id())::text
        and not exists (
          select 1 from public.documents d where d.storage_path = storage.objects.name and d.status <> 'pending'
        )
      )
      or (select private.is_admin())
    )
  );
