-- Reference data for the document checklist: the kinds of document a case needs (with how
-- long each stays valid) and which kinds each program requires. Product data, not demo data:
-- readable by everyone, changed only by migrations.

create table public.document_kinds (
  code text primary key constraint document_kinds_code_format check (code ~ '^[a-z_]+$'),
  label text not null,
  validity_months integer constraint document_kinds_validity_positive check (validity_months > 0)
);
comment on table public.document_kinds is 'Kinds of supporting document, with their usual validity in months (null: until its own expiry date).';

create table public.program_requirements (
  program_type public.program_type not null,
  kind text not null references public.document_kinds (code),
  position smallint not null,
  primary key (program_type, kind)
);
comment on table public.program_requirements is 'The documents each program type requires, in display order.';

create index program_requirements_kind_idx on public.program_requirements (kind);

insert into public.document_kinds (code, label, validity_months) values
  ('passport', 'Passeport', null),
  ('photo', 'Photo d''identité', 6),
  ('birth_certificate', 'Acte de naissance', null),
  ('language_test', 'Résultats de test de langue (TEF, TCF, IELTS, CELPIP)', 24),
  ('education_assessment', 'Évaluation des diplômes (EDE)', 60),
  ('employment_letter', 'Lettre d''employeur ou offre d''emploi', 6),
  ('proof_of_funds', 'Preuve de fonds', 6),
  ('police_certificate', 'Certificat de police', 12),
  ('medical_exam', 'Examen médical', 12),
  ('acceptance_letter', 'Lettre d''acceptation d''un établissement d''enseignement', null),
  ('quebec_certificate', 'Certificat de sélection ou d''acceptation du Québec (CSQ, CAQ)', null),
  ('marriage_certificate', 'Acte de mariage ou preuve d''union', null),
  ('sponsor_income', 'Preuve de revenus du répondant', 12),
  ('travel_history', 'Historique de voyages', null),
  ('tax_documents', 'Avis de cotisation fiscale', 12),
  ('physical_presence', 'Preuve de présence effective au Canada', null);

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

revoke all on public.document_kinds, public.program_requirements from public, anon, authenticated, service_role;
grant select on public.document_kinds, public.program_requirements to anon, authenticated, service_role;

alter table public.document_kinds enable row level security;
alter table public.program_requirements enable row level security;

-- Reference data is public (the home page lists what each program asks for).
create policy document_kinds_select_all on public.document_kinds for select to anon, authenticated using (true);
create policy program_requirements_select_all on public.program_requirements for select to anon, authenticated using (true);
