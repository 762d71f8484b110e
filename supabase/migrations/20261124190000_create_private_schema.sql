-- The private schema holds helpers, trigger functions and internal tables. It is not exposed
-- through the Data API; API roles get usage only so that policies can call chosen helpers.
-- Functions are not executable by PUBLIC unless granted one by one. Every security definer
-- function lives here; an RPC that runs one is a security invoker function of the same name in
-- public that calls it, so no exposed schema holds a definer function (splinter lints 0028/0029).

alter default privileges for role postgres revoke execute on functions from public;
alter default privileges for role postgres in schema public revoke execute on functions from anon, authenticated, service_role;

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

create table private.settings (
  id boolean primary key default true check (id),
  require_staff_mfa boolean not null default true,
  terms_version text not null default '2026-11',
  write_interval interval not null default interval '1 second'
);
comment on table private.settings is
  'One-row application settings: second factor for pros/admins, current terms version, per-user write interval.';
insert into private.settings default values;

create table private.rate_limits (
  user_id uuid not null,
  action text not null,
  last_at timestamptz not null,
  primary key (user_id, action)
);
comment on table private.rate_limits is 'Last write time per user and action, for the per-user write limit.';

create function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

-- Raises PT429 (PostgREST answers HTTP 429) when the caller wrote the same kind of thing too recently.
create function private.enforce_write_rate(action text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  allowed boolean;
begin
  if uid is null then
    return;
  end if;
  insert into private.rate_limits as r (user_id, action, last_at)
  values (uid, enforce_write_rate.action, clock_timestamp())
  on conflict on constraint rate_limits_pkey do update
    set last_at = excluded.last_at
    where r.last_at <= excluded.last_at - (select s.write_interval from private.settings s)
  returning true into allowed;
  if allowed is null then
    raise exception 'Trop de requêtes : patientez une seconde avant de recommencer.'
      using errcode = 'PT429';
  end if;
end;
$$;
