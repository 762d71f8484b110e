-- Demo data for local development and the tests: five accounts that sign in with real
-- Supabase Auth (password for all: Capitune-Demo-2026), their dossiers, documents, tasks and chats,
-- Inside posts with comments and likes, and Live events (one full, with a waitlist).
-- Fixed ids so that tests and screenshots can name them. The second factor for staff is off here.
--   11111111-…-0001 Amina Diallo    candidate   amina@demo.capitune.ca
--   11111111-…-0002 Lucas Martin    candidate   lucas@demo.capitune.ca
--   22222222-…-0001 Sophie Tremblay pro         sophie@demo.capitune.ca
--   22222222-…-0002 Karim Benali    pro         karim@demo.capitune.ca
--   33333333-…-0001 Claire Gagnon   admin       claire@demo.capitune.ca

update private.settings set require_staff_mfa = false;

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
)
select '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
       extensions.crypt('Capitune-Demo-2026', extensions.gen_salt('bf')), now(),
       '{"provider":"email","providers":["email"]}',
       -- Consent to the terms in force, whichever version that is: the demo accounts are in good standing.
       jsonb_build_object('full_name', u.full_name, 'terms_version', (select s.terms_version from private.settings s)),
       now() - interval '90 days', now(), '', '', '', ''
from (values
  ('11111111-1111-4111-8111-000000000001'::uuid, 'amina@demo.capitune.ca', 'Amina Diallo'),
  ('11111111-1111-4111-8111-000000000002'::uuid, 'lucas@demo.capitune.ca', 'Lucas Martin'),
  ('22222222-2222-4222-8222-000000000001'::uuid, 'sophie@demo.capitune.ca', 'Sophie Tremblay'),
  ('22222222-2222-4222-8222-000000000002'::uuid, 'karim@demo.capitune.ca', 'Karim Benali'),
  ('33333333-3333-4333-8333-000000000001'::uuid, 'claire@demo.capitune.ca', 'Claire Gagnon')
) as u (id, email, full_name);

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id::text, u.id, jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
       'email', now(), now(), now()
from auth.users u
where u.email like '%@demo.capitune.ca';

update public.profiles set role = 'pro', bio = 'Consultante réglementée en immigration canadienne (CRIC).'
 where id = '22222222-2222-4222-8222-000000000001';
update public.profiles set role = 'pro', bio = 'Consultant réglementé, permis de travail et parrainage.'
 where id = '22222222-2222-4222-8222-000000000002';
update public.profiles set role = 'admin' where id = '33333333-3333-4333-8333-000000000001';

-- Dossiers: Amina's Express Entry case in review with Sophie and a draft study permit;
-- Lucas's work permit waiting on him (action required) with Karim.
insert into public.dossiers (id, candidate_id, pro_id, program_type, title, description, status, submitted_at, created_at)
values
  ('44444444-4444-4444-8444-000000000001', '11111111-1111-4111-8111-000000000001', '22222222-2222-4222-8222-000000000001',
   'express_entry', 'Résidence permanente – Entrée express',
   'Profil Entrée express, catégorie travailleurs qualifiés du fédéral.', 'draft', null, now() - interval '60 days'),
  ('44444444-4444-4444-8444-000000000002', '11111111-1111-4111-8111-000000000001', null,
   'study_permit', 'Permis d''études – Université Laval', 'Maîtrise en génie logiciel, rentrée d''automne.', 'draft', null, now() - interval '5 days'),
  ('44444444-4444-4444-8444-000000000003', '11111111-1111-4111-8111-000000000002', '22222222-2222-4222-8222-000000000002',
   'work_permit', 'Permis de travail fermé – EIMT', 'Offre d''emploi de technicien en informatique à Montréal.', 'draft', null, now() - interval '30 days');

update public.dossiers set status = 'in_review', submitted_at = now() - interval '40 days'
 where id = '44444444-4444-4444-8444-000000000001';
update public.dossiers set status = 'action_required', submitted_at = now() - interval '20 days'
 where id = '44444444-4444-4444-8444-000000000003';

insert into public.dossier_status_history (dossier_id, from_status, to_status, changed_by, note, created_at) values
  ('44444444-4444-4444-8444-000000000001', 'draft', 'submitted', '11111111-1111-4111-8111-000000000001', null, now() - interval '40 days'),
  ('44444444-4444-4444-8444-000000000001', 'submitted', 'in_review', '22222222-2222-4222-8222-000000000001',
   'Prise en charge du dossier.', now() - interval '38 days'),
  ('44444444-4444-4444-8444-000000000003', 'draft', 'submitted', '11111111-1111-4111-8111-000000000002', null, now() - interval '20 days'),
  ('44444444-4444-4444-8444-000000000003', 'submitted', 'in_review', '22222222-2222-4222-8222-000000000002', null, now() - interval '18 days'),
  ('44444444-4444-4444-8444-000000000003', 'in_review', 'action_required', '22222222-2222-4222-8222-000000000002',
   'Merci d''ajouter la lettre de l''employeur signée.', now() - interval '10 days');

insert into public.documents (id, dossier_id, kind, file_name, mime_type, size_bytes, status, rejection_reason,
                              reviewed_by, reviewed_at, expires_on, uploaded_by, created_at)
values
  ('55555555-5555-4555-8555-000000000001', '44444444-4444-4444-8444-000000000001', 'passport', 'passeport.pdf',
   'application/pdf', 482133, 'approved', null, '22222222-2222-4222-8222-000000000001', now() - interval '35 days',
   current_date + interval '4 years', '11111111-1111-4111-8111-000000000001', now() - interval '39 days'),
  ('55555555-5555-4555-8555-000000000002', '44444444-4444-4444-8444-000000000001', 'language_test', 'tef-canada.pdf',
   'application/pdf', 210554, 'pending', null, null, null,
   current_date + interval '40 days', '11111111-1111-4111-8111-000000000001', now() - interval '3 days'),
  ('55555555-5555-4555-8555-000000000003', '44444444-4444-4444-8444-000000000001', 'police_certificate', 'casier-judiciaire.jpg',
   'image/jpeg', 1320400, 'rejected', 'Le certificat date de plus de six mois : demandez-en un nouveau.',
   '22222222-2222-4222-8222-000000000001', now() - interval '30 days', null,
   '11111111-1111-4111-8111-000000000001', now() - interval '39 days'),
  ('55555555-5555-4555-8555-000000000004', '44444444-4444-4444-8444-000000000003', 'passport', 'passport-lucas.pdf',
   'application/pdf', 390112, 'approved', null, '22222222-2222-4222-8222-000000000002', now() - interval '15 days',
   current_date + interval '6 years', '11111111-1111-4111-8111-000000000002', now() - interval '20 days');

insert into public.messages (dossier_id, sender_id, body, attachment_document_id, read_at, created_at) values
  ('44444444-4444-4444-8444-000000000001', '11111111-1111-4111-8111-000000000001',
   'Bonjour Sophie, j''ai déposé mon passeport et mon certificat de police.', null, now() - interval '38 days', now() - interval '39 days'),
  ('44444444-4444-4444-8444-000000000001', '22222222-2222-4222-8222-000000000001',
   'Merci Amina. Le passeport est validé ; le certificat de police est trop ancien.', '55555555-5555-4555-8555-000000000003',
   now() - interval '29 days', now() - interval '30 days'),
  ('44444444-4444-4444-8444-000000000001', '11111111-1111-4111-8111-000000000001',
   'Voici mes résultats du TEF Canada.', '55555555-5555-4555-8555-000000000002', null, now() - interval '3 days'),
  ('44444444-4444-4444-8444-000000000003', '22222222-2222-4222-8222-000000000002',
   'Bonjour Lucas, il manque la lettre de l''employeur signée.', null, null, now() - interval '10 days');

-- Tasks: Sophie asks Amina for a new police certificate (due in 10 days) and for her address
-- (overdue), and keeps a note for herself; Karim asks Lucas for the signed employer letter.
insert into public.tasks (id, dossier_id, assignee_id, created_by, title, note, due_on, document_kind, created_at) values
  ('88888888-8888-4888-8888-000000000001', '44444444-4444-4444-8444-000000000001', '11111111-1111-4111-8111-000000000001',
   '22222222-2222-4222-8222-000000000001', 'Nouveau certificat de police', 'Délivré il y a moins de six mois, avec sa traduction.',
   current_date + 10, 'police_certificate', now() - interval '29 days'),
  ('88888888-8888-4888-8888-000000000002', '44444444-4444-4444-8444-000000000001', '11111111-1111-4111-8111-000000000001',
   '22222222-2222-4222-8222-000000000001', 'Confirmer votre adresse au Canada', 'Répondez dans la messagerie du dossier.',
   current_date - 2, null, now() - interval '12 days'),
  ('88888888-8888-4888-8888-000000000003', '44444444-4444-4444-8444-000000000001', '22222222-2222-4222-8222-000000000001',
   '22222222-2222-4222-8222-000000000001', 'Recalculer le score CRS avant la soumission', '',
   current_date + 3, null, now() - interval '5 days'),
  ('88888888-8888-4888-8888-000000000004', '44444444-4444-4444-8444-000000000003', '11111111-1111-4111-8111-000000000002',
   '22222222-2222-4222-8222-000000000002', 'Lettre de l''employeur signée', '',
   current_date + 5, 'employment_letter', now() - interval '10 days');

insert into public.task_events (task_id, dossier_id, event, actor_id, created_at)
select id, dossier_id, 'created', created_by, created_at from public.tasks;

-- Inside: a pinned welcome post by the admin, members' questions, comments and likes.
insert into public.posts (id, author_id, title, body, category, pinned, created_at) values
  ('66666666-6666-4666-8666-000000000001', '33333333-3333-4333-8333-000000000001', 'Bienvenue dans Inside',
   'Posez vos questions, partagez votre parcours et entraidez-vous. Restez courtois : la modération veille.',
   'general', true, now() - interval '80 days'),
  ('66666666-6666-4666-8666-000000000002', '11111111-1111-4111-8111-000000000001', 'Score SCG et test de langue',
   'Mon TEF Canada expire dans deux mois. Est-ce que je dois le repasser avant l''invitation à présenter une demande ?',
   'express_entry', false, now() - interval '6 days'),
  ('66666666-6666-4666-8666-000000000003', '11111111-1111-4111-8111-000000000002', 'Logement à Montréal',
   'Des conseils pour trouver un appartement sans historique de crédit canadien ?', 'settlement', false, now() - interval '2 days'),
  ('66666666-6666-4666-8666-000000000004', '22222222-2222-4222-8222-000000000001', 'Certificats de police : les délais',
   'Rappel : la plupart des certificats de police doivent dater de moins de six mois au dépôt. Anticipez !',
   'express_entry', false, now() - interval '1 day');

insert into public.comments (post_id, author_id, body, created_at) values
  ('66666666-6666-4666-8666-000000000002', '22222222-2222-4222-8222-000000000001',
   'Oui : le résultat doit être valide le jour où vous présentez la demande de résidence permanente.', now() - interval '5 days'),
  ('66666666-6666-4666-8666-000000000002', '11111111-1111-4111-8111-000000000002',
   'Même situation ici, merci pour la réponse !', now() - interval '4 days'),
  ('66666666-6666-4666-8666-000000000003', '11111111-1111-4111-8111-000000000001',
   'Une lettre de l''employeur et un dépôt plus élevé m''ont aidée.', now() - interval '1 day');

insert into public.post_likes (post_id, user_id) values
  ('66666666-6666-4666-8666-000000000001', '11111111-1111-4111-8111-000000000001'),
  ('66666666-6666-4666-8666-000000000001', '11111111-1111-4111-8111-000000000002'),
  ('66666666-6666-4666-8666-000000000002', '22222222-2222-4222-8222-000000000001'),
  ('66666666-6666-4666-8666-000000000004', '11111111-1111-4111-8111-000000000001'),
  ('66666666-6666-4666-8666-000000000004', '11111111-1111-4111-8111-000000000002');

-- Live: an open webinar, a full workshop with a waitlist (Karim waits), and a past one with its replay.
insert into public.events (id, title, description, starts_at, ends_at, capacity, replay_url, status, created_by) values
  ('77777777-7777-4777-8777-000000000001', 'Entrée express : comprendre le score SCG',
   'Les facteurs du score, les tirages récents et comment gagner des points.',
   date_trunc('hour', now()) + interval '10 days 18 hours', date_trunc('hour', now()) + interval '10 days 19 hours 30 minutes',
   100, null, 'scheduled', '33333333-3333-4333-8333-000000000001'),
  ('77777777-7777-4777-8777-000000000002', 'Atelier : le CV à la canadienne',
   'Atelier pratique en petit groupe : relecture de CV et lettres de présentation.',
   date_trunc('hour', now()) + interval '3 days 17 hours', date_trunc('hour', now()) + interval '3 days 18 hours',
   2, null, 'scheduled', '33333333-3333-4333-8333-000000000001'),
  ('77777777-7777-4777-8777-000000000003', 'Arriver au Québec : les 30 premiers jours',
   'NAS, RAMQ, compte bancaire, logement : la liste de départ.',
   date_trunc('hour', now()) - interval '14 days', date_trunc('hour', now()) - interval '14 days' + interval '1 hour',
   null, 'https://www.youtube.com/watch?v=capitune-demo', 'completed', '33333333-3333-4333-8333-000000000001');

insert into public.event_join_links (event_id, join_url) values
  ('77777777-7777-4777-8777-000000000001', 'https://zoom.us/j/1000000001'),
  ('77777777-7777-4777-8777-000000000002', 'https://zoom.us/j/1000000002'),
  ('77777777-7777-4777-8777-000000000003', 'https://zoom.us/j/1000000003');

insert into public.event_registrations (event_id, user_id, status) values
  ('77777777-7777-4777-8777-000000000001', '11111111-1111-4111-8111-000000000001', 'registered'),
  ('77777777-7777-4777-8777-000000000002', '11111111-1111-4111-8111-000000000001', 'registered'),
  ('77777777-7777-4777-8777-000000000002', '11111111-1111-4111-8111-000000000002', 'registered'),
  ('77777777-7777-4777-8777-000000000002', '22222222-2222-4222-8222-000000000002', 'waitlisted'),
  ('77777777-7777-4777-8777-000000000003', '11111111-1111-4111-8111-000000000002', 'registered');

update public.events e
   set registered_count = (select count(*) from public.event_registrations r where r.event_id = e.id and r.status = 'registered'),
       waitlist_count = (select count(*) from public.event_registrations r where r.event_id = e.id and r.status = 'waitlisted');
