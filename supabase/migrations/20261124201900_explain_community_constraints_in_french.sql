-- French sentences for the constraints of notifications, the outbox, Inside and Live, read by the
-- web app through public.constraint_messages (see 20261124190950).

comment on constraint notifications_link_relative on public.notifications is 'Le lien d''une notification doit être un chemin de l''application.';
comment on constraint notifications_user_id_fkey on public.notifications is 'Destinataire introuvable.';
comment on constraint email_outbox_dedupe_key_key on public.email_outbox is 'Ce courriel est déjà en file d''envoi.';
comment on constraint email_outbox_user_id_fkey on public.email_outbox is 'Destinataire introuvable.';
comment on constraint posts_title_length on public.posts is 'Le titre doit compter de 1 à 150 caractères.';
comment on constraint posts_body_length on public.posts is 'La publication doit compter de 1 à 10 000 caractères.';
comment on constraint posts_author_id_fkey on public.posts is 'Auteur introuvable.';
comment on constraint comments_body_length on public.comments is 'Le commentaire doit compter de 1 à 4000 caractères.';
comment on constraint comments_post_id_fkey on public.comments is 'Publication introuvable.';
comment on constraint comments_author_id_fkey on public.comments is 'Auteur introuvable.';
comment on constraint post_likes_pkey on public.post_likes is 'Vous aimez déjà cette publication.';
comment on constraint post_likes_post_id_fkey on public.post_likes is 'Publication introuvable.';
comment on constraint post_likes_user_id_fkey on public.post_likes is 'Membre introuvable.';
comment on constraint reports_details_length on public.reports is 'Les précisions ne peuvent dépasser 1000 caractères.';
comment on constraint reports_one_target on public.reports is 'Un signalement vise une publication ou un commentaire, pas les deux.';
comment on constraint reports_post_id_fkey on public.reports is 'Publication introuvable.';
comment on constraint reports_comment_id_fkey on public.reports is 'Commentaire introuvable.';
comment on constraint reports_reporter_id_fkey on public.reports is 'Membre introuvable.';
comment on constraint reports_resolved_by_fkey on public.reports is 'Administrateur introuvable.';
comment on index public.reports_once_per_post_idx is 'Vous avez déjà signalé cette publication.';
comment on index public.reports_once_per_comment_idx is 'Vous avez déjà signalé ce commentaire.';
comment on constraint events_title_length on public.events is 'Le titre de l''événement doit compter de 1 à 150 caractères.';
comment on constraint events_description_length on public.events is 'La description ne peut dépasser 5000 caractères.';
comment on constraint events_ends_after_start on public.events is 'La fin de l''événement doit suivre son début.';
comment on constraint events_capacity_covers_registered on public.events is 'La capacité ne peut être inférieure au nombre d''inscrits.';
comment on constraint events_capacity_positive on public.events is 'La capacité doit être positive, ou vide pour illimitée.';
comment on constraint events_replay_url_https on public.events is 'Le lien de rediffusion doit commencer par https://.';
comment on constraint events_created_by_fkey on public.events is 'Auteur introuvable.';
comment on constraint event_join_links_https on public.event_join_links is 'Le lien de connexion doit commencer par https://.';
comment on constraint event_join_links_event_id_fkey on public.event_join_links is 'Événement introuvable.';
comment on constraint event_registrations_once on public.event_registrations is 'Vous êtes déjà inscrit à cet événement.';
comment on constraint event_registrations_event_id_fkey on public.event_registrations is 'Événement introuvable.';
comment on constraint event_registrations_user_id_fkey on public.event_registrations is 'Membre introuvable.';
comment on constraint event_reminders_sent_lead on public.event_reminders_sent is 'Rappel inconnu : 24h ou 1h.';
comment on constraint event_reminders_sent_event_id_fkey on public.event_reminders_sent is 'Événement introuvable.';
comment on constraint event_reminders_sent_user_id_fkey on public.event_reminders_sent is 'Membre introuvable.';
