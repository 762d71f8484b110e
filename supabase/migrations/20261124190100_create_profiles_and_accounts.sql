-- Identity: a public profile (name, avatar, role) and a private account (status, consent,
-- preferences) per auth user, both created by trigger at sign-up with the role candidate.
-- Role and status change only through the admin functions of a later migration.

create type public.user_role as enum ('candidate', 'pro', 'admin');
create type public.account_status as enum ('active', 'suspended');

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text not null
    constraint profiles_full_name_length check (char_length(btrim(full_name, E' \t\n\r')) between 1 and 120),
  avatar_path text
    constraint profiles_avatar_path_own_folder check (avatar_path is null or avatar_path like id::text || '/%')
    -- No empty, `.` or `..` segment: `{me}/../{other}/avatar.png` would name another member's file.
    constraint profiles_avatar_path_plain_segments check (avatar_path !~ '(^|/)\.{0,2}(/|$)'),
  bio text not null default ''
    constraint profiles_bio_length check (char_length(bio) <= 500),
  role public.user_role not null default 'candidate',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is 'Public face of a user: name, avatar and role, readable by signed-in members.';

create table public.accounts (
  user_id uuid primary key references public.profiles (id) on delete cascade,
  status public.account_status not null default 'active',
  locale text not null default 'fr-CA'
    constraint accounts_locale_supported check (locale in ('fr-CA', 'fr-FR', 'en-CA')),
  email_notifications boolean not null default true,
  terms_version text,
  terms_accepted_at timestamptz,
  constraint accounts_terms_recorded_together check ((terms_version is null) = (terms_accepted_at is null)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.accounts is 'Private side of a user: account status, consent to the terms, preferences. Owner and admins only.';

create index profiles_role_idx on public.profiles (role);
create index accounts_status_idx on public.accounts (status) where status <> 'active';

create trigger profiles_touch_updated_at before update on public.profiles
  for each row execute function private.touch_updated_at();
create trigger accounts_touch_updated_at before update on public.accounts
  for each row execute function private.touch_updated_at();

-- Helpers read the caller's own rows once per statement; definer so they work under any RLS.
create function private.my_role()
returns public.user_role
language sql
stable
security definer
set search_path = ''
as $$
  select p.role from public.profiles p where p.id = auth.uid()
$$;

-- Active, and consent recorded for the terms in force (private.settings.terms_version): a member
-- who accepted superseded terms reads and writes nothing private until they accept again.
create function private.is_active()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((
    select a.status = 'active' and a.terms_version = s.terms_version
    from public.accounts a
    cross join private.settings s
    where a.user_id = auth.uid()
  ), false)
$$;

-- Pro and admin powers need a second factor (aal2) unless the setting is off.
create function private.mfa_satisfied()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(private.my_role(), 'candidate') = 'candidate'
    or not (select s.require_staff_mfa from private.settings s)
    or coalesce(auth.jwt() ->> 'aal', '') = 'aal2'
$$;

create function private.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.my_role() = 'admin' and private.is_active() and private.mfa_satisfied()
$$;

create function private.is_pro()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.my_role() = 'pro' and private.is_active() and private.mfa_satisfied()
$$;

-- Fails with a stable message when the caller may not write at all.
create function private.assert_active()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if auth.uid() is null or not private.is_active() then
    raise exception 'Compte inactif : action impossible.' using errcode = '42501';
  end if;
end;
$$;

-- Pros and admins get a clear refusal, not "not found", when their session lacks the second factor.
create function private.assert_second_factor()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.mfa_satisfied() then
    raise exception 'Double authentification requise pour cette action.' using errcode = '42501';
  end if;
end;
$$;

create function private.assert_admin()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not coalesce(private.is_admin(), false) then
    raise exception 'Réservé aux administrateurs (compte actif, double authentification).'
      using errcode = '42501';
  end if;
end;
$$;

-- Sign-up: the role is always candidate, whatever the metadata says; consent is recorded
-- only for the current terms version. Without a full name the member shows as « Membre » and a
-- code from their id: the email's local part often is their name (personal data, Law 25).
create function private.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  name text := nullif(btrim(meta ->> 'full_name', E' \t\n\r'), '');
  current_terms text := (select s.terms_version from private.settings s);
  consented boolean := (meta ->> 'terms_version') = current_terms;
begin
  insert into public.profiles (id, full_name)
  values (new.id, left(coalesce(name, 'Membre ' || upper(left(new.id::text, 6))), 120));
  insert into public.accounts (user_id, terms_version, terms_accepted_at)
  values (new.id,
          case when consented then current_terms end,
          case when consented then now() end);
  return new;
end;
$$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.handle_new_user();

-- Consent for users who signed up without it (or when the terms change).
create function private.accept_terms(version text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  current_terms text := (select s.terms_version from private.settings s);
begin
  if auth.uid() is null then
    raise exception 'Connexion requise.' using errcode = '42501';
  end if;
  -- The offered version is compared, never echoed: its length is the caller's choice.
  if version is distinct from current_terms then
    raise exception 'Version des conditions inconnue : acceptez la version en vigueur (%).', current_terms
      using errcode = '22023';
  end if;
  update public.accounts
     set terms_version = current_terms, terms_accepted_at = now()
   where user_id = auth.uid() and status = 'active';
  if not found then
    raise exception 'Compte inactif : action impossible.' using errcode = '42501';
  end if;
end;
$$;

create function public.accept_terms(version text)
returns void
language sql
set search_path = ''
as $$ select private.accept_terms($1) $$;
comment on function public.accept_terms(text) is 'Records the caller''s consent to the current terms and privacy notice.';

revoke all on function private.my_role(), private.is_active(), private.mfa_satisfied(), private.is_admin(),
  private.is_pro(), private.assert_active(), private.assert_second_factor(), private.assert_admin(), private.handle_new_user(),
  private.touch_updated_at(), private.enforce_write_rate(text) from public;
grant execute on function private.my_role(), private.is_active(), private.mfa_satisfied(), private.is_admin(),
  private.is_pro() to authenticated;
revoke all on function public.accept_terms(text) from public, anon;
grant execute on function public.accept_terms(text) to authenticated;
revoke all on function private.accept_terms(text) from public;
grant execute on function private.accept_terms(text) to authenticated;

revoke all on public.profiles, public.accounts from public, anon, authenticated, service_role;
grant select (id, full_name, avatar_path, bio, role, created_at) on public.profiles to authenticated;
grant update (full_name, avatar_path, bio) on public.profiles to authenticated;
grant select on public.accounts to authenticated;
grant update (locale, email_notifications) on public.accounts to authenticated;
grant select, update on public.profiles, public.accounts to service_role;

alter table public.profiles enable row level security;
alter table public.accounts enable row level security;

-- Signed-in active members see each other's public profile.
create policy profiles_select_members on public.profiles for select to authenticated
  using ((select private.is_active()));
-- A member edits only their own profile.
create policy profiles_update_self on public.profiles for update to authenticated
  using (id = (select auth.uid()) and (select private.is_active()))
  with check (id = (select auth.uid()));
create policy accounts_select_self_or_admin on public.accounts for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_admin()));
comment on policy accounts_select_self_or_admin on public.accounts is
  'A user always reads their own account (to see a suspension or missing consent); admins read every account.';
-- An active user edits their own preferences.
create policy accounts_update_self on public.accounts for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active()))
  with check (user_id = (select auth.uid()));
