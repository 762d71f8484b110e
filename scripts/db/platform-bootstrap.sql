-- Platform bootstrap: a tests-only recreation of what Supabase's platform provides (DESIGN §1).
-- Applied by scripts/db/prepare-database.ts as a superuser, and only to a database without an
-- `auth` schema, so it never touches a real Supabase database. Every definition follows
-- /work/shared/reference/supabase-platform-facts.md (§ numbers below); Supabase's own sources
-- (supabase/postgres, auth, storage, realtime) own the real thing. Roles are cluster-wide: each is
-- created only when missing, so a second database of the same cluster can be bootstrapped too.

begin;
set local search_path = '';
set local client_min_messages = warning;

-- ---------------------------------------------------------------------------------------------
-- Roles (§1.1): attributes of the final state after Supabase's init scripts and migrations.
-- ---------------------------------------------------------------------------------------------
do $roles$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_admin') then
    create role supabase_admin login superuser createdb createrole replication bypassrls;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin inherit;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin inherit;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'service_role') then
    create role service_role nologin inherit bypassrls;
  end if;
  -- Passwords of login roles = the database password, as in the CLI's local stack.
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit password 'postgres';
  end if;
  -- `postgres` after Supabase's demote migration: no superuser, but owner of the app's objects.
  if not exists (select from pg_catalog.pg_roles where rolname = 'postgres') then
    create role postgres login nosuperuser createdb createrole replication bypassrls password 'postgres';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_auth_admin') then
    create role supabase_auth_admin login noinherit nocreaterole noreplication password 'postgres';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_storage_admin') then
    create role supabase_storage_admin login noinherit createrole noreplication password 'postgres';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_realtime_admin') then
    create role supabase_realtime_admin login noinherit createrole replication;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'dashboard_user') then
    create role dashboard_user nosuperuser createdb createrole replication;
  end if;
end
$roles$;

grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to postgres with admin option;
grant pg_read_all_data, pg_signal_backend to postgres;
grant authenticator to supabase_storage_admin;
grant anon, authenticated, service_role to supabase_realtime_admin;
-- Hosted `postgres` is no member of the services' roles (supabase/postgres migration
-- 20250421084701_revoke_admin_roles_from_postgres.sql); a cluster bootstrapped before keeps none either.
do $memberships$
declare
  service text;
begin
  foreach service in array array['supabase_auth_admin', 'supabase_storage_admin', 'supabase_realtime_admin'] loop
    if exists (select from pg_catalog.pg_auth_members m
               where m.roleid = service::regrole and m.member = 'postgres'::regrole) then
      execute format('revoke %I from postgres', service);
    end if;
  end loop;
end
$memberships$;

alter role supabase_admin set search_path = "$user", public, auth, extensions;
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';
alter role supabase_auth_admin set search_path = auth;
alter role supabase_storage_admin set search_path = storage;
alter role supabase_realtime_admin set search_path = public, extensions, realtime;
-- Per database, so an existing cluster's own `postgres` role is not changed elsewhere.
do $settings$
begin
  execute format('alter role postgres in database %I set search_path = "$user", public, extensions',
    current_database());
  -- Supabase's `postgres` creates schemas (migrations, the CLI's history table).
  execute format('grant all on database %I to postgres', current_database());
  -- supabase/postgres migration 20251121141100_supabase_auth_admin_db_grants.sql.
  execute format('grant create on database %I to supabase_auth_admin', current_database());
end
$settings$;

-- ---------------------------------------------------------------------------------------------
-- Schemas, extensions, public grants (§1.2, §1.3, §2). Owned by supabase_admin as on Supabase:
-- the CLI's `db reset --db-url` drops, and `db lint` lints, schemas owned by anyone else (§10).
-- ---------------------------------------------------------------------------------------------
create schema if not exists extensions authorization supabase_admin;
create schema if not exists auth authorization supabase_admin;
create schema if not exists storage authorization supabase_admin;
create schema if not exists realtime authorization supabase_admin;
create extension if not exists pgcrypto with schema extensions;
create extension if not exists "uuid-ossp" with schema extensions;

grant usage on schema public to postgres, anon, authenticated, service_role;
grant all on schema public to postgres;
grant usage on schema extensions to postgres, anon, authenticated, service_role;

-- Legacy defaults: new objects in public created by postgres or supabase_admin granted to the API roles.
alter default privileges for role postgres in schema public
  grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
  grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
  grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
  grant all on functions to postgres, anon, authenticated, service_role;
-- 2026 default (changelog #45329): postgres's new tables, sequences and functions are not exposed.
alter default privileges for role postgres in schema public
  revoke select, insert, update, delete on tables from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  revoke usage, select on sequences from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  revoke execute on functions from anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- auth (§3), owned by supabase_auth_admin.
-- ---------------------------------------------------------------------------------------------
grant usage on schema auth to anon, authenticated, service_role, postgres, dashboard_user;
grant all on schema auth to supabase_auth_admin;
alter default privileges for role supabase_auth_admin in schema auth
  grant all on tables to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
  grant all on sequences to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
  grant all on routines to postgres, dashboard_user;

set local role supabase_auth_admin;

create table auth.users (
  instance_id uuid,
  id uuid not null,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text default null,
  phone_confirmed_at timestamptz,
  phone_change text default '',
  phone_change_token varchar(255) default '',
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  email_change_token_current varchar(255) default '',
  email_change_confirm_status smallint default 0,
  banned_until timestamptz,
  reauthentication_token varchar(255) default '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false,
  constraint users_pkey primary key (id),
  constraint users_phone_key unique (phone),
  constraint users_email_change_confirm_status_check
    check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2)
);
create unique index users_email_partial_key on auth.users (email) where is_sso_user = false;
create index users_instance_id_idx on auth.users (instance_id);
create index users_instance_id_email_idx on auth.users (instance_id, lower(email));
create index users_is_anonymous_idx on auth.users (is_anonymous);
create unique index confirmation_token_idx on auth.users (confirmation_token)
  where confirmation_token !~ '^[0-9 ]*$';
create unique index recovery_token_idx on auth.users (recovery_token)
  where recovery_token !~ '^[0-9 ]*$';
create unique index email_change_token_current_idx on auth.users (email_change_token_current)
  where email_change_token_current !~ '^[0-9 ]*$';
create unique index email_change_token_new_idx on auth.users (email_change_token_new)
  where email_change_token_new !~ '^[0-9 ]*$';
create unique index reauthentication_token_idx on auth.users (reauthentication_token)
  where reauthentication_token !~ '^[0-9 ]*$';
comment on table auth.users is 'Auth: Stores user login data within a secure schema.';
alter table auth.users enable row level security;

create table auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid not null default gen_random_uuid() primary key,
  constraint identities_provider_id_provider_unique unique (provider_id, provider)
);
create index identities_user_id_idx on auth.identities (user_id);
create index identities_email_idx on auth.identities (email text_pattern_ops);
comment on table auth.identities is 'Auth: Stores identities associated to a user.';
alter table auth.identities enable row level security;

-- Sign-in sessions and their refresh tokens: the columns this project touches, as in supabase/auth's
-- migrations 00_init_auth_schema, 20210927181326 (parent) and 20220811173540 (sessions, session_id).
-- Deleting a session deletes its refresh tokens, and Auth then refuses the session's access token.
create table auth.sessions (
  id uuid not null primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz default current_timestamp,
  updated_at timestamptz default current_timestamp
);
create index sessions_user_id_idx on auth.sessions (user_id);
comment on table auth.sessions is 'Auth: Stores session data associated to a user.';
alter table auth.sessions enable row level security;

create table auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255),
  user_id varchar(255),
  revoked boolean,
  created_at timestamptz default current_timestamp,
  updated_at timestamptz default current_timestamp,
  parent varchar(255),
  session_id uuid references auth.sessions (id) on delete cascade
);
create index refresh_tokens_instance_id_user_id_idx on auth.refresh_tokens (instance_id, user_id);
comment on table auth.refresh_tokens is 'Auth: Store of tokens used to refresh JWT tokens once they expire.';
alter table auth.refresh_tokens enable row level security;

-- Not on Supabase, tests only: Auth (pop on pgx v4) reads every timestamp column below into a Go
-- time.Time, and pgx hands database/sql the string 'infinity' for an infinite timestamp
-- (jackc/pgtype timestamptz.go, Timestamptz.Value), which no time.Time can be scanned from, so
-- Auth would fail to load the row. Such a write is refused here at once instead.
alter table auth.users add constraint users_times_finite_for_auth check (
  isfinite(email_confirmed_at) and isfinite(invited_at) and isfinite(confirmation_sent_at)
  and isfinite(recovery_sent_at) and isfinite(email_change_sent_at) and isfinite(last_sign_in_at)
  and isfinite(created_at) and isfinite(updated_at) and isfinite(phone_confirmed_at)
  and isfinite(phone_change_sent_at) and isfinite(banned_until) and isfinite(reauthentication_sent_at)
  and isfinite(deleted_at));
alter table auth.identities add constraint identities_times_finite_for_auth check (
  isfinite(last_sign_in_at) and isfinite(created_at) and isfinite(updated_at));
alter table auth.sessions add constraint sessions_times_finite_for_auth check (
  isfinite(created_at) and isfinite(updated_at));
alter table auth.refresh_tokens add constraint refresh_tokens_times_finite_for_auth check (
  isfinite(created_at) and isfinite(updated_at));

-- Legacy per-claim GUC first (Storage and Realtime set it), then PostgREST's claims JSON (§3.2).
create function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
comment on function auth.uid() is 'Deprecated. Use auth.jwt() -> ''sub'' instead.';

create function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;
comment on function auth.role() is 'Deprecated. Use auth.jwt() -> ''role'' instead.';

create function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;
comment on function auth.email() is 'Deprecated. Use auth.jwt() -> ''email'' instead.';

create function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

reset role;
grant all on all tables in schema auth to postgres, dashboard_user;
grant select on all tables in schema auth to postgres with grant option;
grant all on all routines in schema auth to postgres, dashboard_user;

-- ---------------------------------------------------------------------------------------------
-- storage (§7), owned by supabase_storage_admin.
-- ---------------------------------------------------------------------------------------------
grant usage on schema storage to postgres, anon, authenticated, service_role;
grant all on schema storage to supabase_storage_admin;

set local role supabase_storage_admin;

create type storage.buckettype as enum ('STANDARD', 'ANALYTICS', 'VECTOR');

create table storage.buckets (
  id text not null primary key,
  name text not null,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  owner_id text,
  type storage.buckettype not null default 'STANDARD',
  versioning_status text not null default 'DISABLED',
  constraint buckets_versioning_status_check
    check (versioning_status in ('DISABLED', 'ENABLED', 'SUSPENDED')),
  constraint buckets_versioning_standard_only_check
    check (type = 'STANDARD' or versioning_status = 'DISABLED'),
  constraint buckets_versioning_dark_check check (versioning_status = 'DISABLED')
);
create unique index bname on storage.buckets (name);
alter table storage.buckets enable row level security;

create table storage.objects (
  id uuid not null default gen_random_uuid() primary key,
  bucket_id text constraint "objects_bucketId_fkey" references storage.buckets (id),
  name text,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  owner_id text,
  user_metadata jsonb,
  archived_at timestamptz,
  is_delete_marker boolean not null default false,
  is_versioned boolean not null default false
);
create unique index bucketid_objname on storage.objects (bucket_id, name);
create index name_prefix_search on storage.objects (name text_pattern_ops);
create index idx_objects_bucket_id_name on storage.objects (bucket_id, name collate "C");
alter table storage.objects enable row level security;

-- Path helpers (§7.3): pure path parsing, IMMUTABLE.
create function storage.foldername(name text) returns text[] language plpgsql immutable as $$
declare
  segments text[] := string_to_array(name, '/');
begin
  return segments[1 : array_length(segments, 1) - 1];
end
$$;

create function storage.filename(name text) returns text language plpgsql immutable as $$
declare
  segments text[] := string_to_array(name, '/');
begin
  return segments[array_length(segments, 1)];
end
$$;

-- Everything after the last dot of the file name; the whole name when it has no dot.
create function storage.extension(name text) returns text language plpgsql immutable as $$
declare
  segments text[] := string_to_array(name, '/');
begin
  return reverse(split_part(reverse(segments[array_length(segments, 1)]), '.', 1));
end
$$;

create function storage.operation() returns text language plpgsql stable as $$
begin
  return current_setting('storage.operation', true);
end
$$;

-- Operation names compare with or without their 'storage.' prefix (ST-mig 0058).
create function storage.allow_only_operation(expected_operation text) returns boolean
language sql stable as $$
  select coalesce(
    nullif(expected_operation, '') is not null
      and regexp_replace(storage.operation(), '^storage\.', '')
        = regexp_replace(expected_operation, '^storage\.', ''),
    false)
$$;

create function storage.allow_any_operation(expected_operations text[]) returns boolean
language sql stable as $$
  select coalesce(bool_or(storage.allow_only_operation(expected)), false)
  from unnest(expected_operations) as expected
$$;

create function storage.update_updated_at_column() returns trigger language plpgsql as $$
begin
  new.updated_at = now();
  return new;
end
$$;

create function storage.enforce_bucket_name_length() returns trigger language plpgsql as $$
begin
  if length(new.name) > 100 then
    raise exception 'bucket name "%" is too long (% characters). Max is 100.', new.name, length(new.name);
  end if;
  return new;
end
$$;

-- Only the Storage API (which sets storage.allow_delete_query) may delete rows (ST-mig 0055).
create function storage.protect_delete() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('storage.allow_delete_query', true), 'false') <> 'true' then
    raise exception 'Direct deletion from storage tables is not allowed. Use the Storage API instead.'
      using hint = 'This prevents accidental data loss from orphaned objects.', errcode = '42501';
  end if;
  return null;
end
$$;

create trigger update_objects_updated_at before update on storage.objects
  for each row execute function storage.update_updated_at_column();
create trigger enforce_bucket_name_length_trigger before insert or update of name on storage.buckets
  for each row execute function storage.enforce_bucket_name_length();
create trigger protect_buckets_delete before delete on storage.buckets
  for each statement execute function storage.protect_delete();
create trigger protect_objects_delete before delete on storage.objects
  for each statement execute function storage.protect_delete();

reset role;
grant all on storage.buckets, storage.objects to anon, authenticated, service_role;
grant all on storage.buckets, storage.objects to postgres with grant option;

-- ---------------------------------------------------------------------------------------------
-- realtime (§8), owned by supabase_realtime_admin.
-- ---------------------------------------------------------------------------------------------
grant usage on schema realtime to postgres, anon, authenticated, service_role;
grant all on schema realtime to supabase_realtime_admin with grant option;

set local role supabase_realtime_admin;

create table realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp not null default now(),
  inserted_at timestamp not null default now(),
  id uuid not null default gen_random_uuid(),
  binary_payload bytea,
  constraint messages_payload_exclusive check (payload is null or binary_payload is null),
  primary key (id, inserted_at)
) partition by range (inserted_at);
-- Realtime creates daily partitions itself; with no server here, one default partition takes every row.
create table realtime.messages_default partition of realtime.messages default;
alter table realtime.messages enable row level security;

create function realtime.topic() returns text language sql stable as $$
  select nullif(current_setting('realtime.topic', true), '')::text
$$;

-- Security invoker, as upstream: the insert passes the caller's RLS; failures become a WARNING.
create function realtime.send(payload jsonb, event text, topic text, private boolean default true)
returns void language plpgsql as $$
declare
  message_id uuid := gen_random_uuid();
begin
  begin
    perform set_config('realtime.topic', topic, true);
    insert into realtime.messages (id, payload, event, topic, private, extension)
    values (
      message_id,
      case when payload ? 'id' then payload else jsonb_set(payload, '{id}', to_jsonb(message_id)) end,
      event, topic, private, 'broadcast');
  exception when others then
    raise warning 'WarnSendingBroadcastMessage: %', sqlerrm;
  end;
end
$$;

-- Trigger helper: broadcasts {old_record, record, operation, table, schema} on topic_name.
create function realtime.broadcast_changes(
  topic_name text, event_name text, operation text, table_name text, table_schema text,
  new record, old record, level text default 'ROW'
) returns void language plpgsql as $$
begin
  if level = 'STATEMENT' then
    raise exception 'function can only be triggered for each row, not for each statement';
  end if;
  if operation not in ('INSERT', 'UPDATE', 'DELETE') then
    raise exception 'Unexpected operation type: %', operation;
  end if;
  perform realtime.send(
    jsonb_build_object('old_record', old, 'record', new, 'operation', operation,
      'table', table_name, 'schema', table_schema),
    event_name, topic_name);
exception when others then
  raise exception 'Failed to process the row: %', sqlerrm;
end
$$;

reset role;
grant select, insert, update on realtime.messages to postgres, anon, authenticated, service_role;

-- Created empty, owned by postgres so migrations can `alter publication ... add table` (§2, §8).
do $publication$
begin
  if not exists (select from pg_catalog.pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$publication$;
alter publication supabase_realtime owner to postgres;

-- ---------------------------------------------------------------------------------------------
-- vault: the supabase_vault extension's schema as its 0.3.x script defines it (supabase/vault
-- sql/supabase_vault--0.3.0.sql; 0.3.1 changed no SQL), owned by supabase_admin, with the grants
-- supabase/postgres migration 20221207154255_create_vault.sql gives postgres. Names, columns and
-- types are Supabase's, so code reading vault.decrypted_secrets compiles and `supabase db lint`
-- can check it. Tests only: the real extension encrypts with libsodium (pgsodium's deterministic
-- AEAD, key_id 0); these stand-ins use pgcrypto's AES with a fixed test key bound to the secret id.
-- ---------------------------------------------------------------------------------------------
create schema if not exists vault authorization supabase_admin;

create function vault._crypto_aead_det_noncegen() returns bytea
language sql volatile as $$ select extensions.gen_random_bytes(16) $$;

create function vault._crypto_aead_det_encrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea language sql immutable as $$
  select extensions.encrypt_iv(message, extensions.digest('capitune-test-vault' || additional || context, 'sha256'),
    coalesce(nonce, '\x00000000000000000000000000000000'::bytea), 'aes-cbc/pad:pkcs')
$$;

create function vault._crypto_aead_det_decrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea language sql immutable as $$
  select extensions.decrypt_iv(message, extensions.digest('capitune-test-vault' || additional || context, 'sha256'),
    coalesce(nonce, '\x00000000000000000000000000000000'::bytea), 'aes-cbc/pad:pkcs')
$$;

create table vault.secrets (
  id uuid primary key default gen_random_uuid(),
  name text,
  description text not null default '',
  secret text not null,
  key_id uuid,
  nonce bytea default vault._crypto_aead_det_noncegen(),
  created_at timestamptz not null default current_timestamp,
  updated_at timestamptz not null default current_timestamp
);
comment on table vault.secrets is 'Table with encrypted `secret` column for storing sensitive information on disk.';
create unique index secrets_name_idx on vault.secrets (name) where name is not null;

create view vault.decrypted_secrets as
select s.id, s.name, s.description, s.secret,
       convert_from(vault._crypto_aead_det_decrypt(
         message := decode(s.secret, 'base64'), additional := convert_to(s.id::text, 'utf8'), key_id := 0,
         context := 'pgsodium'::bytea, nonce := s.nonce), 'utf8') as decrypted_secret,
       s.key_id, s.nonce, s.created_at, s.updated_at
from vault.secrets s;

-- The row first (its id is part of the encryption), then its secret encrypted in place.
create function vault.create_secret(
  new_secret text, new_name text = null, new_description text = '', new_key_id uuid = null
) returns uuid language plpgsql security definer set search_path = '' as $$
declare
  created vault.secrets;
begin
  insert into vault.secrets (secret, name, description)
  values (new_secret, new_name, new_description)
  returning * into created;
  update vault.secrets s
     set secret = encode(vault._crypto_aead_det_encrypt(
       message := convert_to(created.secret, 'utf8'), additional := convert_to(s.id::text, 'utf8'),
       key_id := 0, context := 'pgsodium'::bytea, nonce := created.nonce), 'base64')
   where s.id = created.id;
  return created.id;
end
$$;

create function vault.update_secret(
  secret_id uuid, new_secret text = null, new_name text = null, new_description text = null, new_key_id uuid = null
) returns void language plpgsql security definer set search_path = '' as $$
begin
  update vault.secrets s
     set secret = case when new_secret is null then s.secret
                       else encode(vault._crypto_aead_det_encrypt(
                         message := convert_to(new_secret, 'utf8'), additional := convert_to(s.id::text, 'utf8'),
                         key_id := 0, context := 'pgsodium'::bytea, nonce := s.nonce), 'base64') end,
         name = coalesce(new_name, s.name),
         description = coalesce(new_description, s.description),
         updated_at = now()
   where s.id = secret_id;
end
$$;

revoke all on function vault._crypto_aead_det_encrypt, vault._crypto_aead_det_decrypt,
  vault._crypto_aead_det_noncegen, vault.create_secret, vault.update_secret from public;
grant usage on schema vault to postgres with grant option;
grant select, delete on vault.secrets, vault.decrypted_secrets to postgres with grant option;
grant execute on function vault.create_secret, vault.update_secret, vault._crypto_aead_det_decrypt
  to postgres with grant option;

-- ---------------------------------------------------------------------------------------------
-- net: pg_net's request queue and net.http_post as its script defines them (supabase/pg_net
-- sql/pg_net.sql, 0.20.4), which `supabase start` always installs. Tests only: no background worker
-- sends the queued requests (tests read the queue), and query parameters are not url-encoded here.
-- ---------------------------------------------------------------------------------------------
create schema if not exists net authorization supabase_admin;
create domain net.http_method as text check (value ilike 'get' or value ilike 'post' or value ilike 'delete');
create unlogged table net.http_request_queue (
  id bigserial,
  method net.http_method not null,
  url text not null,
  headers jsonb,
  body bytea,
  timeout_milliseconds int not null
);

create function net.http_post(
  url text, body jsonb default '{}'::jsonb, params jsonb default '{}'::jsonb,
  headers jsonb default '{"Content-Type": "application/json"}'::jsonb, timeout_milliseconds int default 5000
) returns bigint language plpgsql set search_path = '' as $$
declare
  content_type text := (select value from jsonb_each_text(coalesce(headers, '{}')) where lower(key) = 'content-type' limit 1);
  request_id bigint;
begin
  if content_type is null then
    headers := headers || '{"Content-Type": "application/json"}';
  elsif content_type <> 'application/json' then
    raise exception 'Content-Type header must be "application/json"';
  end if;
  if params <> '{}' then
    raise exception 'net.http_post: query parameters are not supported by the test stand-in';
  end if;
  insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
  values ('POST', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds)
  returning id into request_id;
  return request_id;
end
$$;
grant usage on schema net to public;
grant all on all sequences in schema net to public;
grant all on all tables in schema net to public;

-- ---------------------------------------------------------------------------------------------
-- Policies on platform tables. On Supabase, supautils runs CREATE/ALTER/DROP POLICY by `postgres` on
-- storage.buckets, storage.objects and realtime.messages as the superuser (supautils.policy_grants;
-- supabase/supautils src/policy_grants.c), while any other owner-only command on them fails with
-- "must be owner". Plain PostgreSQL lets only an owner manage policies, so `postgres` owns these
-- three tables here, and an event trigger refuses, for every role but a superuser, each other
-- owner-only command on them (ALTER TABLE, indexes, triggers, comments).
-- ---------------------------------------------------------------------------------------------
alter table storage.buckets owner to postgres;
alter table storage.objects owner to postgres;
alter table realtime.messages owner to postgres;

create function extensions.refuse_owner_commands_on_platform_tables() returns event_trigger
language plpgsql set search_path = '' as $$
declare
  command record;
  target oid;
begin
  if (select r.rolsuper from pg_catalog.pg_roles r where r.rolname = current_user) then
    return;
  end if;
  for command in select * from pg_catalog.pg_event_trigger_ddl_commands() loop
    continue when command.command_tag in ('CREATE POLICY', 'ALTER POLICY');
    target := case command.classid
      when 'pg_catalog.pg_class'::regclass then coalesce(
        (select i.indrelid from pg_catalog.pg_index i where i.indexrelid = command.objid), command.objid)
      when 'pg_catalog.pg_trigger'::regclass then
        (select t.tgrelid from pg_catalog.pg_trigger t where t.oid = command.objid)
      when 'pg_catalog.pg_policy'::regclass then
        (select p.polrelid from pg_catalog.pg_policy p where p.oid = command.objid)
    end;
    if target in ('storage.buckets'::regclass, 'storage.objects'::regclass, 'realtime.messages'::regclass) then
      raise exception 'must be owner of table %', (select c.relname from pg_catalog.pg_class c where c.oid = target)
        using errcode = '42501',
              hint = 'On Supabase, postgres may only create, alter and drop policies on this table.';
    end if;
  end loop;
end
$$;
create event trigger refuse_owner_commands_on_platform_tables on ddl_command_end
  execute function extensions.refuse_owner_commands_on_platform_tables();

commit;
