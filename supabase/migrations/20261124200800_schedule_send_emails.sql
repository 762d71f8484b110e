-- Runs the send-emails edge function every minute with pg_cron + pg_net, and enqueues event
-- reminders every five minutes (public.enqueue_event_reminders), reading the project URL
-- and the service key from Vault at each run (secrets `project_url` and `service_role_key`;
-- a run without them does nothing). Where pg_cron, pg_net or Vault is absent (plain Postgres in
-- tests) this migration only says so and applies cleanly; invoke the function by hand there.

do $schedule$
declare
  missing text[] := array(
    select required from unnest(array['pg_cron', 'pg_net']) as required
    where not exists (select from pg_catalog.pg_available_extensions e where e.name = required)
  );
begin
  if cardinality(missing) > 0 or to_regclass('vault.decrypted_secrets') is null then
    raise notice 'send-emails not scheduled: % unavailable in this database.',
      array_to_string(missing || case when to_regclass('vault.decrypted_secrets') is null then array['vault'] end, ', ');
    return;
  end if;
  begin
    create extension if not exists pg_cron with schema pg_catalog;
    create extension if not exists pg_net with schema extensions;
  exception when others then
    raise warning 'send-emails not scheduled: could not enable pg_cron/pg_net (%).', sqlerrm;
    return;
  end;
  -- Same job name: re-running this replaces the schedule instead of adding one.
  perform cron.schedule('send-emails', '* * * * *', $job$
    select net.http_post(
      url := s.url || '/functions/v1/send-emails',
      headers := jsonb_build_object('Content-Type', 'application/json',
                                    'Authorization', 'Bearer ' || s.key, 'apikey', s.key),
      body := '{}'::jsonb,
      timeout_milliseconds := 60000
    )
    from (
      select (select decrypted_secret from vault.decrypted_secrets where name = 'project_url') as url,
             (select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key') as key
    ) s
    where s.url is not null and s.key is not null
  $job$);
  perform cron.schedule('event-reminders', '*/5 * * * *', 'select public.enqueue_event_reminders()');
end
$schedule$;
