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

revoke all on function private.orphaned_storage_objects(integer, interval) from public;

-- Calls an edge function with the service key, both read from Vault at each call (secrets
-- `project_url` and `service_role_key`); without them it does nothing. For pg_cron jobs.
create function private.invoke_edge_function(function_name text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform net.http_post(
    url := s.url || '/functions/v1/' || function_name,
    headers := jsonb_build_object('Content-Type', 'application/json', 'Authorization', 'Bearer ' || s.key, 'apikey', s.key),
    body := '{}'::jsonb,
    timeout_milliseconds := 60000
  )
  from (
    select (select decrypted_secret from vault.decrypted_secrets where name = 'project_url') as url,
           (select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key') as key
  ) s
  where s.url is not null and s.key is not null;
end;
$$;

revoke all on function private.invoke_edge_function(text) from public;

-- purge-files every hour, and send-emails (20261124200800) through the same call, where pg_cron,
-- pg_net and Vault exist; same job names, so the schedules are replaced, not added.
do $schedule$
begin
  if to_regclass('vault.decrypted_secrets') is null
     or not exists (select from pg_catalog.pg_available_extensions where name = 'pg_cron')
     or not exists (select from pg_catalog.pg_available_extensions where name = 'pg_net') then
    raise notice 'purge-files not scheduled: pg_cron, pg_net or Vault unavailable in this database.';
    return;
  end if;
  create extension if not exists pg_cron with schema pg_catalog;
  create extension if not exists pg_net with schema extensions;
  perform cron.schedule('purge-files', '17 * * * *', $$select private.invoke_edge_function('purge-files')$$);
  perform cron.schedule('send-emails', '* * * * *', $$select private.invoke_edge_function('send-emails')$$);
end
$schedule$;
