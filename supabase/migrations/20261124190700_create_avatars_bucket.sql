-- Public avatars bucket: anyone may fetch an avatar by URL (public bucket), nobody may list it;
-- each active user writes only inside the folder named after their own id, e.g. {user_id}/avatar.png,
-- under a name without empty, `.` or `..` segments ({me}/../{other}/avatar.png names another's file).

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('avatars', 'avatars', true, 2097152, array['image/jpeg', 'image/png', 'image/webp'])
on conflict (id) do update
  set public = excluded.public,
      file_size_limit = excluded.file_size_limit,
      allowed_mime_types = excluded.allowed_mime_types;

-- True for a name whose every segment is a real one; otherwise refuses it with a French sentence
-- (a policy alone would only say "row-level security"). Recent Storage API versions refuse such
-- keys too (supabase/storage src/storage/limits.ts isValidKey); older ones accept them.
create function private.check_object_name(name text)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  if name ~ '(^|/)\.{0,2}(/|$)' then
    raise exception 'Nom de fichier invalide : le chemin ne peut contenir de segment vide, « . » ni « .. ».'
      using errcode = '22023';
  end if;
  return true;
end;
$$;

revoke all on function private.check_object_name(text) from public;
grant execute on function private.check_object_name(text) to authenticated;

-- No one lists the whole bucket: a public bucket serves each file by its URL without any policy
-- (supabase/storage src/http/routes/object/getPublicObject.ts reads it as the superuser). Each
-- active member reads their own folder only, which removing a file and an upsert need (DELETE ...
-- RETURNING, INSERT ... ON CONFLICT DO UPDATE ... RETURNING: supabase/storage src/storage/database/pg.ts).
create policy avatars_objects_select_owner on storage.objects for select to authenticated
  using (
    bucket_id = 'avatars'
    and (storage.foldername(name))[1] = (select auth.uid())::text
    and (select private.is_active())
  );
-- Writes stay in the caller's own folder, under a plain name.
create policy avatars_objects_insert_owner on storage.objects for insert to authenticated
  with check (
    bucket_id = 'avatars'
    and (storage.foldername(name))[1] = (select auth.uid())::text
    and (select private.is_active())
    and private.check_object_name(name)
  );
create policy avatars_objects_update_owner on storage.objects for update to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text and (select private.is_active()))
  with check (
    bucket_id = 'avatars'
    and (storage.foldername(name))[1] = (select auth.uid())::text
    and private.check_object_name(name)
  );
create policy avatars_objects_delete_owner on storage.objects for delete to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text and (select private.is_active()));
