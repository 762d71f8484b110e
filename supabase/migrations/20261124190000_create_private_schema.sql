-- The ground every chapter stands on: the private schema (helpers, trigger functions, internal
-- tables; not exposed through the Data API), the one-row settings, the per-user write limit, the
-- trigger functions several tables share, and public.constraint_messages, which serves the sentence
-- of every constraint a user can run into (each chapter comments its own constraints).

-- Functions are not executable by PUBLIC unless granted one by one. Every security definer
-- function lives in private; an RPC that runs one is a security invoker function of the same name
-- in public that calls it, so no exposed schema holds a definer function (splinter lints 0028/0029).
alter default privileges for role postgres revoke execute on functions from public;
alter default privileges for role postgres in schema public revoke execute on functions from anon, authenticated, service_role;

create schema if not exists private;

-- Tables

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

-- Functions

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

-- A read receipt (messages, notifications) is a one-way stamp with the server's time.
create function private.stamp_read_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.read_at := coalesce(old.read_at, now());
  return new;
end;
$$;

-- The language a request asks for in its Accept-Language header, read as the web app and the edge
-- functions read it (supabase/functions/_shared/contract/language.ts; a test holds the two equal):
-- the highest-weighted French or English range, the first of equals, French without one. PostgREST
-- hands the request's headers to the transaction as the setting `request.headers`, a JSON object
-- keyed by lowercased names (https://docs.postgrest.org/en/v12/references/transactions.html,
-- "Request Headers, Cookies and JWT claims"); outside a request it is unset or empty.
create function private.request_language()
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((
    select r.language
    from regexp_split_to_table(lower(coalesce(
           nullif(current_setting('request.headers', true), '')::jsonb ->> 'accept-language', '')), ',')
         with ordinality as p(part, position)
    cross join lateral (
      select split_part(split_part(btrim(p.part, E' \t\r\n'), ';', 1), '-', 1) as language,
             (select btrim(substr(btrim(x, E' \t\r\n'), 3), E' \t\r\n')
              from unnest((string_to_array(p.part, ';'))[2:]) with ordinality as u(x, n)
              where btrim(x, E' \t\r\n') like 'q=%' order by u.n limit 1) as q
    ) r
    where r.language in ('fr', 'en')
      and case when r.q is null then true when r.q ~ '^([0-9]+[.]?[0-9]*|[.][0-9]+)$' then r.q::numeric > 0 else false end
    order by case when r.q is null then 1 else r.q::numeric end desc, p.position
    limit 1
  ), 'fr')
$$;

-- A sentence for the caller in their language, the one place the language of what the database
-- says to a member is chosen: every error our functions and triggers raise, and the sentences of
-- public.constraint_messages. A member reads their account's locale (private.member_text, in the
-- identity chapter; PL/pgSQL so that it may name both before they exist), even when their browser
-- asks for another language; a caller without an account (a visitor, the service role) reads the
-- language of the request's Accept-Language. Definer: invoker triggers, policies and visitors use
-- it too, and it reads only the caller's own locale.
create function private.caller_text(french text, english text)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from public.accounts a where a.user_id = auth.uid()) then
    return private.member_text(auth.uid(), french, english);
  end if;
  return case private.request_language() when 'en' then english else french end;
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
    raise exception '%', private.caller_text(
      'Trop de requêtes : patientez une seconde avant de recommencer.',
      'Too many requests: wait a second before trying again.')
      using errcode = 'PT429';
  end if;
end;
$$;

-- Views

-- Constraint names are the stable key of a bad-input error (PostgREST returns them with SQLSTATE
-- 23xxx, in Postgres' English). Each constraint a user can run into carries its sentence as its
-- comment, French on the first line and English on the second, and this view serves the one in the
-- caller's language (private.caller_text: their account's locale, else their request's).
create view public.constraint_messages with (security_invoker = true) as
  select s.constraint_name,
         private.caller_text(split_part(s.sentences, E'\n', 1), split_part(s.sentences, E'\n', 2)) as message
  from (
    select c.conname::text as constraint_name, d.description as sentences
    from pg_catalog.pg_constraint c
    join pg_catalog.pg_description d on d.objoid = c.oid and d.classoid = 'pg_catalog.pg_constraint'::regclass
    where c.connamespace = 'public'::regnamespace
    union all
    select i.relname::text, d.description
    from pg_catalog.pg_index x
    join pg_catalog.pg_class i on i.oid = x.indexrelid
    join pg_catalog.pg_description d on d.objoid = i.oid and d.classoid = 'pg_catalog.pg_class'::regclass
    where i.relnamespace = 'public'::regnamespace and x.indisunique
  ) s;
comment on view public.constraint_messages is
  'The sentence for each named constraint or unique index, in the caller''s language, keyed by the name errors carry.';

-- Grants

-- API roles get usage of private only so that policies can call the helpers granted to them.
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

revoke all on function private.touch_updated_at(), private.stamp_read_at(), private.enforce_write_rate(text),
  private.request_language() from public;
revoke all on function private.caller_text(text, text) from public;
grant execute on function private.caller_text(text, text) to anon, authenticated, service_role;

revoke all on public.constraint_messages from public, anon, authenticated, service_role;
grant select on public.constraint_messages to anon, authenticated, service_role;
