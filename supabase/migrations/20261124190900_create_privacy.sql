-- Québec Law 25 / PIPEDA: a member exports everything the database holds about them, and may
-- have their account erased. Erasure removes what is only theirs, anonymises what other members'
-- threads or the consultants' six-year file-keeping rule still need, and signs them out everywhere
-- (docs/privacy.md). Files whose row is gone are found here and removed by the purge-files function.

-- Functions

-- The columns of a table's row that members may select: the column grants decide, so the export
-- never shows what they hide (how an admin resolved a report, when a profile last changed).
create function private.member_readable(item jsonb, source regclass)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(c.key, c.value), '{}'::jsonb)
  from jsonb_each(item) c
  where has_column_privilege('authenticated', source, c.key, 'SELECT')
$$;

create function private.export_my_data()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
begin
  perform private.assert_signed_in();
  -- Message bodies and case notes: staff need their second factor, as everywhere else.
  perform private.assert_second_factor();
  return jsonb_build_object(
    'exported_at', now(),
    'account', (select to_jsonb(u) from (
                  select id, email, phone, created_at, last_sign_in_at, email_confirmed_at, raw_user_meta_data
                  from auth.users where id = me) u),
    'profile', (select private.member_readable(to_jsonb(p), 'public.profiles') from public.profiles p where p.id = me),
    'settings', (select private.member_readable(to_jsonb(a), 'public.accounts') from public.accounts a where a.user_id = me),
    'dossiers', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(d), 'public.dossiers') || jsonb_build_object(
                   'history', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(h), 'public.dossier_status_history') order by h.id), '[]')
                               from public.dossier_status_history h where h.dossier_id = d.id),
                   'documents', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(x), 'public.documents') order by x.created_at), '[]')
                                 from public.documents x where x.dossier_id = d.id),
                   'messages', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(m), 'public.messages') order by m.created_at), '[]')
                                from public.messages m where m.dossier_id = d.id)
                 ) order by d.created_at), '[]') from public.dossiers d where d.candidate_id = me),
    'messages_sent', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(m), 'public.messages') order by m.created_at), '[]')
                      from public.messages m where m.sender_id = me),
    'posts', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(p), 'public.posts') - 'search_vector' order by p.created_at), '[]')
              from public.posts p where p.author_id = me),
    'comments', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(c), 'public.comments') order by c.created_at), '[]')
                 from public.comments c where c.author_id = me),
    'likes', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(l), 'public.post_likes') order by l.created_at), '[]')
              from public.post_likes l where l.user_id = me),
    'reports', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(r), 'public.reports') order by r.created_at), '[]')
                from public.reports r where r.reporter_id = me),
    'event_registrations', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(r), 'public.event_registrations') order by r.created_at), '[]')
                            from public.event_registrations r where r.user_id = me),
    'notifications', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(n), 'public.notifications') order by n.created_at), '[]')
                      from public.notifications n where n.user_id = me),
    -- Tasks of the member's dossiers, assigned to them or written by them, as far as they still
    -- read them (the tasks' policy: the dossier's members and admins), each with its timeline.
    'tasks', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(t), 'public.tasks') || jsonb_build_object(
                'events', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(e), 'public.task_events') order by e.id), '[]')
                           from public.task_events e where e.task_id = t.id)
              ) order by t.created_at, t.id), '[]')
              from public.tasks t join public.dossiers d on d.id = t.dossier_id
              where (d.candidate_id = me or t.assignee_id = me or t.created_by = me)
                and (t.dossier_id in (select private.my_dossier_ids()) or private.is_admin())),
    'email_preferences', (select coalesce(jsonb_agg(private.member_readable(to_jsonb(p), 'public.email_preferences') order by p.kind), '[]')
                          from public.email_preferences p where p.user_id = me)
  );
end;
$$;

create function public.export_my_data()
returns jsonb
language sql
stable
set search_path = ''
as $$ select private.export_my_data() $$;
comment on function public.export_my_data() is 'Everything the database holds about the caller, as one JSON document.';

-- Erasure also ends the member's sign-in sessions on every device: Auth already refuses to refresh a
-- banned account, but the session rows, with the devices and addresses Auth keeps in them, would
-- outlive the person they describe.
create function private.erase_my_account(confirmation text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  registration record;
begin
  perform private.assert_signed_in();
  if confirmation is distinct from 'SUPPRIMER' then
    raise exception '%', private.caller_text(
      'Tapez SUPPRIMER pour confirmer la suppression du compte.',
      'Type SUPPRIMER to confirm deleting your account.') using errcode = '22023';
  end if;

  -- Seats go back to the waitlist.
  for registration in
    delete from public.event_registrations r where r.user_id = me returning r.event_id, r.status
  loop
    update public.events
       set registered_count = registered_count - case when registration.status = 'registered' then 1 else 0 end,
           waitlist_count = waitlist_count - case when registration.status = 'waitlisted' then 1 else 0 end
     where id = registration.event_id;
    if registration.status = 'registered' then
      perform private.fill_event_seats(registration.event_id);
    end if;
  end loop;

  delete from public.post_likes where user_id = me;
  delete from public.notifications where user_id = me;
  -- Sent and dead emails too: each row holds the address and excerpts of the member's case.
  delete from public.email_outbox where user_id = me;
  delete from private.chat_email_digests where user_id = me;
  delete from private.email_unsubscribe_tokens where user_id = me;
  delete from public.dossiers where candidate_id = me and status = 'draft';
  update public.posts set title = null, body = '[Contenu retiré à la demande de son auteur]' where author_id = me;
  update public.comments set body = '[Contenu retiré à la demande de son auteur]' where author_id = me;
  update public.profiles set full_name = 'Membre supprimé', avatar_path = null, bio = '' where id = me;
  update public.accounts
     set status = 'suspended', muted_until = null
   where user_id = me;
  -- Banned as the admins' suspension bans in Auth (ban_duration 876000h, about a century): Auth
  -- reads banned_until into a Go time value, which an infinite timestamp cannot fill.
  update auth.users
     set email = 'supprime+' || me::text || '@invalid.capitune.ca', encrypted_password = '', phone = null,
         raw_user_meta_data = '{}'::jsonb, banned_until = now() + interval '876000 hours', updated_at = now()
   where id = me;
  delete from auth.identities where user_id = me;
  -- Every device is signed out: refresh tokens go with their session, and Auth refuses an access
  -- token whose session is gone. Tokens older than sessions name the user as text.
  delete from auth.sessions where user_id = me;
  delete from auth.refresh_tokens where user_id = me::text;
  perform private.write_audit('user.erased', 'profiles', me::text);
end;
$$;

create function public.erase_my_account(confirmation text)
returns void
language sql
set search_path = ''
as $$ select private.erase_my_account($1) $$;
comment on function public.erase_my_account(text) is
  'Erases the caller''s account: removes their own data, anonymises what others'' threads and the legal file keep.';

-- Files whose row is gone: the documents of a deleted draft dossier (by its candidate, or by an
-- erasure, which must not leave passport scans behind), avatars of an erased or re-pictured
-- profile. Deleting storage.objects rows in SQL would leave the bytes in the storage backend, so
-- the purge-files edge function removes them through the Storage API; this function tells it
-- which. Files younger than `older_than` are left alone: an avatar is uploaded before the
-- profile points at it.
create function private.orphaned_storage_objects(max_objects integer, older_than interval default interval '1 hour')
returns table (bucket_id text, name text)
language sql
stable
security definer
set search_path = ''
as $$
  select o.bucket_id, o.name
  from storage.objects o
  where o.created_at < now() - older_than
    and (
      (o.bucket_id = 'documents' and not exists (select 1 from public.documents d where d.storage_path = o.name))
      or (o.bucket_id = 'avatars' and not exists (select 1 from public.profiles p where p.avatar_path = o.name))
    )
  order by o.created_at, o.name
  limit max_objects
$$;

-- Grants

revoke all on function public.export_my_data(), public.erase_my_account(text) from public, anon;
grant execute on function public.export_my_data(), public.erase_my_account(text) to authenticated;
revoke all on function private.member_readable(jsonb, regclass), private.export_my_data(), private.erase_my_account(text) from public;
grant execute on function private.export_my_data(), private.erase_my_account(text) to authenticated;
revoke all on function private.orphaned_storage_objects(integer, interval) from public;
