-- Constraint names are the stable key of a bad-input error (PostgREST returns them with SQLSTATE
-- 23xxx, in Postgres' English). Each constraint a user can run into carries a French sentence as its
-- comment, and public.constraint_messages exposes them so the web app shows that sentence.

create view public.constraint_messages with (security_invoker = true) as
  select c.conname::text as constraint_name, d.description as message
  from pg_catalog.pg_constraint c
  join pg_catalog.pg_description d on d.objoid = c.oid and d.classoid = 'pg_catalog.pg_constraint'::regclass
  where c.connamespace = 'public'::regnamespace
  union all
  select i.relname::text, d.description
  from pg_catalog.pg_index x
  join pg_catalog.pg_class i on i.oid = x.indexrelid
  join pg_catalog.pg_description d on d.objoid = i.oid and d.classoid = 'pg_catalog.pg_class'::regclass
  where i.relnamespace = 'public'::regnamespace and x.indisunique;
comment on view public.constraint_messages is 'French sentence for each named constraint or unique index, keyed by the name errors carry.';

revoke all on public.constraint_messages from public, anon, authenticated, service_role;
grant select on public.constraint_messages to anon, authenticated, service_role;

comment on constraint profiles_full_name_length on public.profiles is 'Le nom doit compter de 1 à 120 caractères.';
comment on constraint profiles_bio_length on public.profiles is 'La présentation ne peut dépasser 500 caractères.';
comment on constraint profiles_avatar_path_own_folder on public.profiles is 'L''avatar doit se trouver dans votre propre dossier de fichiers.';
comment on constraint profiles_avatar_path_plain_segments on public.profiles is 'Chemin d''avatar invalide : il ne peut contenir de segment vide, « . » ni « .. ».';
comment on constraint profiles_id_fkey on public.profiles is 'Ce profil ne correspond à aucun compte.';
comment on constraint accounts_locale_supported on public.accounts is 'Langue non prise en charge : choisissez fr-CA, fr-FR ou en-CA.';
comment on constraint accounts_terms_recorded_together on public.accounts is 'La version des conditions et la date d''acceptation vont ensemble.';
comment on constraint accounts_user_id_fkey on public.accounts is 'Ce compte ne correspond à aucun profil.';
comment on constraint audit_log_action_format on public.audit_log is 'Action du journal d''audit mal formée.';
comment on constraint dossiers_title_length on public.dossiers is 'Le titre du dossier doit compter de 1 à 150 caractères.';
comment on constraint dossiers_description_length on public.dossiers is 'La description du dossier ne peut dépasser 5000 caractères.';
comment on constraint dossiers_candidate_id_fkey on public.dossiers is 'Candidat introuvable.';
comment on constraint dossiers_pro_id_fkey on public.dossiers is 'Professionnel introuvable.';
comment on constraint dossiers_pro_not_candidate on public.dossiers is 'Un professionnel ne peut pas suivre son propre dossier.';
comment on constraint dossier_status_history_note_length on public.dossier_status_history is 'La note ne peut dépasser 2000 caractères.';
comment on constraint dossier_status_history_dossier_id_fkey on public.dossier_status_history is 'Dossier introuvable.';
comment on constraint dossier_status_history_changed_by_fkey on public.dossier_status_history is 'Auteur du changement introuvable.';
comment on constraint document_kinds_code_format on public.document_kinds is 'Code de type de document mal formé.';
comment on constraint document_kinds_validity_positive on public.document_kinds is 'La durée de validité doit être positive.';
comment on constraint program_requirements_kind_fkey on public.program_requirements is 'Type de document inconnu.';
comment on constraint documents_file_name_valid on public.documents is 'Nom de fichier invalide : de 1 à 180 caractères, sans « / », « \ » ni caractère de contrôle.';
comment on constraint documents_size_positive on public.documents is 'Le fichier est vide.';
comment on constraint documents_rejection_reason_length on public.documents is 'Le motif de refus ne peut dépasser 1000 caractères.';
comment on constraint documents_rejection_needs_reason on public.documents is 'Un motif est requis pour refuser un document.';
comment on constraint documents_id_dossier_unique on public.documents is 'Ce document existe déjà dans ce dossier.';
comment on constraint documents_dossier_id_fkey on public.documents is 'Dossier introuvable.';
comment on constraint documents_kind_fkey on public.documents is 'Type de document inconnu.';
comment on constraint documents_reviewed_by_fkey on public.documents is 'Réviseur introuvable.';
comment on constraint documents_uploaded_by_fkey on public.documents is 'Auteur du dépôt introuvable.';
comment on index public.documents_storage_path_idx is 'Un fichier porte déjà ce nom pour ce document.';
comment on constraint messages_body_length on public.messages is 'Le message doit compter de 1 à 4000 caractères.';
comment on constraint messages_attachment_same_dossier on public.messages is 'La pièce jointe doit être un document de ce dossier.';
comment on constraint messages_dossier_id_fkey on public.messages is 'Dossier introuvable.';
comment on constraint messages_sender_id_fkey on public.messages is 'Expéditeur introuvable.';
