-- Erasure also ends the member's sign-in sessions on every device (docs/privacy.md). Auth already
-- refused to refresh a banned account, but the session rows, with the devices and addresses Auth
-- keeps in them, outlived the person they describe.

create or replace function private.erase_my_account(confirmation text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  registration record;
begin
  if me is null then
    raise exception 'Connexion requise.' using errcode = '42501';
  end if;
  if confirmation is distinct from 'SUPPRIMER' then
    raise exception 'Tapez SUPPRIMER pour confirmer la suppression du compte.' using errcode = '22023';
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
  delete from public.dossiers where candidate_id = me and status = 'draft';
  update public.posts set title = null, body = '[Contenu retiré à la demande de son auteur]' where author_id = me;
  update public.comments set body = '[Contenu retiré à la demande de son auteur]' where author_id = me;
  update public.profiles set full_name = 'Membre supprimé', avatar_path = null, bio = '' where id = me;
  update public.accounts
     set status = 'suspended', email_notifications = false, muted_until = null
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
