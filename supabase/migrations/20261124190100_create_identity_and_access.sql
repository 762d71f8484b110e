-- Identity: a public profile (name, avatar, role) and a private account (status, consent,
-- preferences) per auth user, both created by trigger at sign-up with the role candidate; the
-- public avatars bucket; and the access vocabulary, the helpers through which every policy and
-- RPC reads the caller's standing. Role and status change only through the admin chapter's functions.

-- Types

create type public.user_role as enum ('candidate', 'pro', 'admin');
create type public.account_status as enum ('active', 'suspended');

-- Tables

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
  -- A pro's number on the public register of the College of Immigration and Citizenship Consultants
  -- (CICC): R and six digits. Set only through public.set_licence_number (the pro or an admin).
  licence_number text
    constraint profiles_licence_number_format check (licence_number ~ '^R[0-9]{6}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is 'Public face of a user: name, avatar and role, readable by signed-in members.';
comment on constraint profiles_full_name_length on public.profiles is
  E'Le nom doit compter de 1 à 120 caractères.\n'
  'A name must be 1 to 120 characters long.';
comment on constraint profiles_bio_length on public.profiles is
  E'La présentation ne peut dépasser 500 caractères.\n'
  'An introduction cannot be longer than 500 characters.';
comment on constraint profiles_avatar_path_own_folder on public.profiles is
  E'L’avatar doit se trouver dans votre propre dossier de fichiers.\n'
  'The avatar must be in your own folder.';
comment on constraint profiles_avatar_path_plain_segments on public.profiles is
  E'Chemin d’avatar invalide : il ne peut contenir de segment vide, « . » ni « .. ».\n'
  'Invalid avatar path: it cannot contain an empty segment, “.” or “..”.';
comment on constraint profiles_id_fkey on public.profiles is
  E'Ce profil ne correspond à aucun compte.\n'
  'This profile matches no account.';
comment on constraint profiles_licence_number_format on public.profiles is
  E'Numéro de permis CICC invalide : un R suivi de six chiffres, par exemple R123456.\n'
  'Invalid CICC licence number: an R followed by six digits, for example R123456.';

create table public.accounts (
  user_id uuid primary key references public.profiles (id) on delete cascade,
  status public.account_status not null default 'active',
  locale text not null default 'fr-CA'
    constraint accounts_locale_supported check (locale in ('fr-CA', 'fr-FR', 'en-CA')),
  -- IANA name, checked against pg_timezone_names by private.check_time_zone (sign-up and updates).
  time_zone text not null default 'America/Toronto',
  terms_version text,
  terms_accepted_at timestamptz,
  constraint accounts_terms_recorded_together check ((terms_version is null) = (terms_accepted_at is null)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  muted_until timestamptz
);
comment on table public.accounts is 'Private side of a user: account status, consent to the terms, preferences. Owner and admins only.';
comment on column public.accounts.time_zone is 'The member''s time zone (IANA name): every time in their notifications, emails and calendar files.';
comment on column public.accounts.muted_until is 'Until when an admin muted the member in Inside (null: not muted).';
comment on constraint accounts_locale_supported on public.accounts is
  E'Langue non prise en charge : choisissez le français (Canada), le français (France) ou l’anglais (Canada).\n'
  'Language not supported: choose French (Canada), French (France) or English (Canada).';
comment on constraint accounts_terms_recorded_together on public.accounts is
  E'La version des conditions et la date d’acceptation vont ensemble.\n'
  'The terms version and the date they were accepted go together.';
comment on constraint accounts_user_id_fkey on public.accounts is
  E'Ce compte ne correspond à aucun profil.\n'
  'This account matches no profile.';

-- Indexes

create index profiles_role_idx on public.profiles (role);
create index accounts_status_idx on public.accounts (status) where status <> 'active';

-- Views

-- The caller's standing, the one place each rule of it is written: who they are (auth.uid()),
-- their role, whether their account is active with consent to the terms in force
-- (private.settings.terms_version), whether an admin muted them, and whether the session meets the
-- second factor pros and admins need (JWT aal2) while private.settings.require_staff_mfa is on.
-- Profile and account columns are null for a caller without an account (anonymous, or erased):
-- the helpers below ask through `exists` or `where`, so null counts as no. The planner keeps of
-- this view what a helper asks (a question about the account skips the profile) and stops at the
-- first table that refuses. auth.uid() is read once: `offset 0` keeps the planner from copying it
-- into each join, where each copy parses the JWT again (15-20 µs a time). acts_for_self (active,
-- second factor met) is what opening one's own case files and notifications needs. No grant: only
-- definer helpers read it (these below, and the case files chapter's private.assigned_pro_id and
-- private.my_dossier_id_array).
create view private.caller as
  select standing.*,
         standing.role = 'admin' and standing.active and standing.second_factor_met as acts_as_admin,
         standing.role = 'pro' and standing.active and standing.second_factor_met as acts_as_pro,
         standing.active and standing.second_factor_met as acts_for_self
  from (
    select me.id,
           p.role,
           a.status = 'active' and a.terms_version = s.terms_version as active,
           coalesce(a.muted_until > now(), false) as muted,
           p.role = 'candidate' or not s.require_staff_mfa or coalesce(auth.jwt() ->> 'aal', '') = 'aal2'
             as second_factor_met
    from (select auth.uid() as id offset 0) me
    cross join private.settings s
    left join public.profiles p on p.id = me.id
    left join public.accounts a on a.user_id = me.id
  ) standing;
comment on view private.caller is
  'The caller''s standing (id, role, active with current consent, muted, second factor met), read by the access helpers.';

-- Functions

-- The access vocabulary: every policy and RPC asks about the caller through these words, each one
-- question to private.caller. Policies call them as `(select private.helper())`, so each runs once
-- per statement. PL/pgSQL, not SQL: PostgreSQL keeps the plan of a PL/pgSQL function per
-- connection, and plans a SQL function with a SET clause at every call (docs/performance.md).

-- Active, with consent to the terms in force: what reading or writing anything private needs.
create function private.is_active()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from private.caller c where c.active);
end;
$$;

-- The caller's id while active, else null: `owner_id = (select private.active_user_id())` asks
-- "mine, and I am active" in one init plan, and stays an index condition.
create function private.active_user_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select c.id from private.caller c where c.active);
end;
$$;

create function private.my_role()
returns public.user_role
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select c.role from private.caller c);
end;
$$;

-- The caller's id while they may open case files and notifications in their own name: active, with
-- the second factor their role needs (candidates never need one), else null. The case-file and
-- notification policies ask `candidate_id = (select private.case_user_id())`: the second-factor rule
-- rides in this word, private.assigned_pro_id and private.is_admin, so no restrictive policy repeats it.
create function private.case_user_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select c.id from private.caller c where c.acts_for_self);
end;
$$;

-- Candidates and unknown callers pass; pros and admins need aal2 while the setting is on. An aal2
-- session passes whatever the role, so it is answered from the JWT without reading the standing.
create function private.second_factor_met()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if coalesce(auth.jwt() ->> 'aal', '') = 'aal2' then
    return true;
  end if;
  return not exists (select 1 from private.caller c where not c.second_factor_met);
end;
$$;

-- Acting as an admin: that role, an active account and the second factor.
create function private.is_admin()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from private.caller c where c.acts_as_admin);
end;
$$;

-- The caller's id while they may post and comment in Inside (active and not muted), else null:
-- `author_id = (select private.posting_user_id())`.
create function private.posting_user_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select c.id from private.caller c where c.active and not c.muted);
end;
$$;

-- The same questions for RPCs, failing with a stable message.

-- Signed in, whatever the account's standing: consent, data export and erasure need no more.
create function private.assert_signed_in()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if auth.uid() is null then
    raise exception '%', private.caller_text('Connexion requise.', 'Please sign in first.') using errcode = '42501';
  end if;
end;
$$;

create function private.assert_active()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.is_active() then
    raise exception '%', private.caller_text(
      'Compte inactif : action impossible.',
      'Your account is inactive: this action is not possible.') using errcode = '42501';
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
  if not private.second_factor_met() then
    raise exception '%', private.caller_text(
      'Double authentification requise pour cette action.',
      'This action needs two-step verification.') using errcode = '42501';
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
  if not private.is_admin() then
    raise exception '%', private.caller_text(
      'Réservé aux administrateurs (compte actif, double authentification).',
      'For administrators only (active account, two-step verification).')
      using errcode = '42501';
  end if;
end;
$$;

-- Time zone and language

-- Whether `name` is a time zone PostgreSQL knows by its IANA name (not an abbreviation nor a POSIX
-- offset). pg_timezone_names reads the zone files, so it is asked only when a zone is set.
create function private.is_time_zone(name text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select from pg_catalog.pg_timezone_names z where z.name = is_time_zone.name)
$$;

create function private.check_time_zone()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_time_zone(new.time_zone) then
    raise exception '%', private.caller_text(
      'Fuseau horaire inconnu : choisissez-en un dans la liste.',
      'Unknown time zone: choose one from the list.')
      using errcode = '22023';
  end if;
  return new;
end;
$$;

-- The zone and the language a member's notifications, emails and calendar files are written in;
-- an erased member (no account) gets the defaults. The one place each is read from.
create function private.member_time_zone(user_id uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select a.time_zone from public.accounts a where a.user_id = member_time_zone.user_id),
                  'America/Toronto')
$$;

create function private.member_locale(user_id uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select a.locale from public.accounts a where a.user_id = member_locale.user_id), 'fr-CA')
$$;

-- The text of a notification in `member`'s language: English for an English locale, else French.
create function private.member_text(member uuid, french text, english text)
returns text
language sql
stable
set search_path = ''
as $$
  select case when private.member_locale(member) like 'en%' then english else french end
$$;

-- A zone as the web app names it: Intl's generic name in fr-CA and en-CA (web/lib/format.ts, zoneName),
-- « heure de l’Est », "Eastern Time", the same at every season. A zone the list lacks is its offset at
-- that instant (« UTC−5 », "UTC+5:30", "UTC"). The emails print the times the database wrote with these
-- names; tests/database/contract-matches-database.test.ts holds the list to the web's names and to the
-- tests' own copy (tests/support/time-zone-names.ts).
create function private.time_zone_name(zone text, english boolean, at timestamptz)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce(
    (select case when english then n.en else n.fr end
     from (values
      ('heure de Terre-Neuve', 'Newfoundland Time', array['America/St_Johns']),
      ('heure de l’Atlantique', 'Atlantic Time', array['America/Halifax', 'America/Moncton', 'America/Glace_Bay',
        'America/Goose_Bay', 'Atlantic/Bermuda']),
      ('heure normale de l’Atlantique', 'Atlantic Standard Time', array['America/Blanc-Sablon',
        'America/Puerto_Rico', 'America/Guadeloupe', 'America/Martinique']),
      ('heure de l’Est', 'Eastern Time', array['America/Toronto', 'America/Montreal', 'America/Iqaluit',
        'America/Nipigon', 'America/Thunder_Bay', 'America/New_York', 'America/Detroit',
        'America/Indiana/Indianapolis', 'America/Indianapolis', 'America/Kentucky/Louisville', 'America/Louisville',
        'America/Nassau', 'America/Port-au-Prince']),
      ('heure normale de l’Est', 'Eastern Standard Time', array['America/Atikokan', 'America/Coral_Harbour']),
      ('heure du Centre', 'Central Time', array['America/Winnipeg', 'America/Rainy_River', 'America/Rankin_Inlet',
        'America/Resolute', 'America/Chicago']),
      ('heure normale du Centre', 'Central Standard Time', array['America/Regina', 'America/Swift_Current',
        'America/Mexico_City']),
      ('heure des Rocheuses', 'Mountain Time', array['America/Edmonton', 'America/Yellowknife',
        'America/Cambridge_Bay', 'America/Inuvik', 'America/Denver', 'America/Boise']),
      ('heure normale des Rocheuses', 'Mountain Standard Time', array['America/Creston', 'America/Dawson_Creek',
        'America/Fort_Nelson', 'America/Phoenix']),
      ('heure normale du Yukon', 'Yukon Time', array['America/Whitehorse', 'America/Dawson']),
      ('heure du Pacifique', 'Pacific Time', array['America/Vancouver', 'America/Los_Angeles', 'America/Tijuana']),
      ('heure de l’Alaska', 'Alaska Time', array['America/Anchorage']),
      ('heure normale d’Hawaï-Aléoutiennes', 'Hawaii-Aleutian Standard Time', array['Pacific/Honolulu']),
      ('heure normale de Colombie', 'Colombia Standard Time', array['America/Bogota']),
      ('heure normale de Brasilia', 'Brasilia Standard Time', array['America/Sao_Paulo']),
      ('heure de Saint-Pierre-et-Miquelon', 'Saint-Pierre-et-Miquelon Time', array['America/Miquelon']),
      ('heure de Guyane française', 'French Guiana Time', array['America/Cayenne']),
      ('heure de la Réunion', 'Réunion Time', array['Indian/Reunion']),
      ('heure d’Afrique orientale', 'East Africa Time', array['Indian/Mayotte', 'Africa/Nairobi',
        'Indian/Antananarivo']),
      ('heure normale de la Nouvelle-Calédonie', 'New Caledonia Standard Time', array['Pacific/Noumea']),
      ('heure de Tahiti', 'Tahiti Time', array['Pacific/Tahiti']),
      ('heure de l’Europe centrale', 'Central European Time', array['Europe/Paris', 'Europe/Brussels',
        'Europe/Luxembourg', 'Europe/Monaco', 'Europe/Zurich', 'Europe/Berlin', 'Europe/Amsterdam', 'Europe/Madrid',
        'Europe/Rome', 'Europe/Vienna', 'Europe/Warsaw']),
      ('heure de l’Europe de l’Ouest', 'Western European Time', array['Europe/Lisbon']),
      ('heure : Royaume-Uni', 'United Kingdom Time', array['Europe/London']),
      ('heure : Irlande', 'Ireland Time', array['Europe/Dublin']),
      ('heure de l’Europe de l’Est', 'Eastern European Time', array['Europe/Athens', 'Europe/Bucharest',
        'Europe/Kyiv', 'Europe/Kiev', 'Africa/Cairo', 'Asia/Beirut']),
      ('heure normale de Moscou', 'Moscow Standard Time', array['Europe/Moscow']),
      ('heure : Maroc', 'Morocco Time', array['Africa/Casablanca']),
      ('heure normale de l’Europe centrale', 'Central European Standard Time', array['Africa/Algiers',
        'Africa/Tunis']),
      ('heure moyenne de Greenwich', 'Greenwich Mean Time', array['Africa/Dakar', 'Africa/Abidjan', 'Africa/Bamako',
        'Africa/Ouagadougou', 'Africa/Conakry', 'Africa/Lome']),
      ('heure d’Afrique de l’Ouest', 'West Africa Time', array['Africa/Porto-Novo', 'Africa/Niamey',
        'Africa/Douala', 'Africa/Libreville', 'Africa/Brazzaville', 'Africa/Kinshasa', 'Africa/Ndjamena',
        'Africa/Lagos']),
      ('heure d’Afrique centrale', 'Central Africa Time', array['Africa/Lubumbashi', 'Africa/Kigali']),
      ('heure normale de Maurice', 'Mauritius Standard Time', array['Indian/Mauritius']),
      ('heure du Golfe', 'Gulf Standard Time', array['Asia/Dubai']),
      ('heure de l’Inde', 'India Standard Time', array['Asia/Kolkata', 'Asia/Calcutta']),
      ('heure d’Indochine', 'Indochina Time', array['Asia/Ho_Chi_Minh', 'Asia/Saigon']),
      ('heure normale des Philippines', 'Philippine Standard Time', array['Asia/Manila']),
      ('heure normale de Chine', 'China Standard Time', array['Asia/Shanghai']),
      ('heure normale du Japon', 'Japan Standard Time', array['Asia/Tokyo'])
     ) n(fr, en, zones)
     where time_zone_name.zone = any (n.zones)),
    'UTC' || case when o.m = 0 then '' else case when o.m < 0 then '−' else '+' end || abs(o.m) / 60
             || case when abs(o.m) % 60 <> 0 then ':' || lpad((abs(o.m) % 60)::text, 2, '0') else '' end end)
  from (select (extract(epoch from (at at time zone zone) - (at at time zone 'UTC')) / 60)::integer as m) o
$$;

-- French dates and times written out as the web's formatter writes them: « 1er décembre 2026 »,
-- « mercredi 2 décembre 2026 à 19 h 30 », no-break spaces inside. By hand, because to_char's TM
-- names follow the server's lc_time, which a hosted database does not promise to be French.
create function private.french_day(day date)
returns text
language sql
immutable
set search_path = ''
as $$
  select case extract(day from day) when 1 then '1er' else extract(day from day)::integer::text end
      || E'\u00A0'
      || (array['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
                'novembre', 'décembre'])[extract(month from day)::integer]
      || ' ' || extract(year from day)::integer
$$;

create function private.french_moment(local timestamp)
returns text
language sql
immutable
set search_path = ''
as $$
  select (array['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'])[extract(isodow from local)::integer]
      || ' ' || private.french_day(local::date) || ' à ' || extract(hour from local)::integer || E'\u00A0h'
      || case when extract(minute from local) = 0 then '' else E'\u00A0' || to_char(local, 'MI') end
$$;

-- An instant as a notification shows it to `member`: their zone's wall time in their language, then
-- the zone's name (« 02/12/2026 19:00 (heure de l’Est) », "Wednesday, December 2, 2026, 7:00 PM (Eastern Time)").
create function private.member_local_time(at timestamptz, member uuid)
returns text
language sql
stable
set search_path = ''
as $$
  with z as (
    select private.member_time_zone(member) as zone, private.member_locale(member) like 'en%' as english
  )
  select case
    when z.english then to_char(at at time zone z.zone, 'FMDay, FMMonth FMDD, YYYY, FMHH12:MI AM')
    else private.french_moment(at at time zone z.zone)
  end || ' (' || private.time_zone_name(z.zone, z.english, at) || ')'
  from z
$$;

-- A calendar day (a due day, an expiry) in `member`'s language: « 7 décembre 2026 », "December 7, 2026".
create function private.member_day(day date, member uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select private.member_text(member, private.french_day(day), to_char(day, 'FMMonth FMDD, YYYY'))
$$;

-- An instant as the caller's own notifications write it. The web server writes the calendar file's
-- start with it, so that file, the notification and the email read one wall time: the database's
-- zone rules, not the server's ICU. Only the caller's own zone: a zone tells where a member lives.
create function private.caller_local_time(at timestamptz)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select private.member_local_time(caller_local_time.at, (select auth.uid()))
$$;

create function public.my_local_time(at timestamptz)
returns text
language sql
stable
set search_path = ''
as $$ select private.caller_local_time($1) $$;
comment on function public.my_local_time(timestamptz) is
  'An instant in the caller''s zone and language, as their notifications write it.';

-- Sign-up and consent

-- Sign-up: the role is always candidate, whatever the metadata says; consent is recorded
-- only for the current terms version; the time zone is the browser's when it names a known zone
-- (else the column's default). Without a full name the member shows as « Membre » and a
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
  zone text := left(meta ->> 'time_zone', 64);
begin
  insert into public.profiles (id, full_name)
  values (new.id, left(coalesce(name, 'Membre ' || upper(left(new.id::text, 6))), 120));
  insert into public.accounts (user_id, terms_version, terms_accepted_at, time_zone)
  values (new.id,
          case when consented then current_terms end,
          case when consented then now() end,
          case when zone is not null and private.is_time_zone(zone) then zone else 'America/Toronto' end);
  return new;
end;
$$;

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
  perform private.assert_signed_in();
  -- The offered version is compared, never echoed: its length is the caller's choice.
  if version is distinct from current_terms then
    raise exception '%', private.caller_text(
      'Version des conditions inconnue : acceptez la version en vigueur (' || current_terms || ').',
      'Unknown version of the terms: accept the current version (' || current_terms || ').')
      using errcode = '22023';
  end if;
  update public.accounts
     set terms_version = current_terms, terms_accepted_at = now()
   where user_id = auth.uid() and status = 'active';
  if not found then
    raise exception '%', private.caller_text(
      'Compte inactif : action impossible.',
      'Your account is inactive: this action is not possible.') using errcode = '42501';
  end if;
end;
$$;

create function public.accept_terms(version text)
returns void
language sql
set search_path = ''
as $$ select private.accept_terms($1) $$;
comment on function public.accept_terms(text) is 'Records the caller''s consent to the current terms and privacy notice.';

-- A pro's CICC licence number, shown to candidates: set by the pro themself (acting as a pro) or by
-- an admin, never by another member. Spaces and case are forgiven; the format is the constraint's.
create function private.set_licence_number(pro_id uuid, licence_number text)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  saved text;
begin
  -- acts_as_pro and acts_as_admin hold an active account and the second factor.
  if not exists (select 1 from private.caller c
                 where (c.id = set_licence_number.pro_id and c.acts_as_pro) or c.acts_as_admin) then
    raise exception '%', private.caller_text(
      'Seul le consultant lui-même ou un administrateur peut modifier ce numéro de permis.',
      'Only the consultant themself or an administrator can change this licence number.')
      using errcode = '42501';
  end if;
  update public.profiles p
     set licence_number = nullif(upper(regexp_replace(set_licence_number.licence_number, '\s', '', 'g')), '')
   where p.id = set_licence_number.pro_id and p.role = 'pro'
  returning p.licence_number into saved;
  if not found then
    raise exception '%', private.caller_text(
      'Seul un consultant a un numéro de permis CICC.',
      'Only a consultant has a CICC licence number.') using errcode = '22023';
  end if;
  return saved;
end;
$$;

create function public.set_licence_number(pro_id uuid, licence_number text)
returns text
language sql
set search_path = ''
as $$ select private.set_licence_number($1, $2) $$;
comment on function public.set_licence_number(uuid, text) is
  'Sets (or clears, with null) a pro''s CICC licence number; the pro themself or an admin only.';

-- Triggers

create trigger profiles_touch_updated_at before update on public.profiles
  for each row execute function private.touch_updated_at();
create trigger accounts_touch_updated_at before update on public.accounts
  for each row execute function private.touch_updated_at();
-- Accounts are inserted only by handle_new_user, which checks the zone; updates are checked here.
create trigger accounts_time_zone_known before update of time_zone on public.accounts
  for each row when (new.time_zone is distinct from old.time_zone) execute function private.check_time_zone();
create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.handle_new_user();

-- Grants

-- Policies run as the caller, so the words they speak are granted to authenticated; the others
-- serve definer functions only.
revoke all on function private.is_active(), private.active_user_id(), private.my_role(), private.second_factor_met(),
  private.is_admin(), private.posting_user_id(), private.assert_signed_in(), private.assert_active(),
  private.assert_second_factor(), private.assert_admin(), private.handle_new_user() from public;
revoke all on function private.is_time_zone(text), private.check_time_zone(), private.member_time_zone(uuid),
  private.member_locale(uuid), private.member_local_time(timestamptz, uuid), private.member_text(uuid, text, text),
  private.time_zone_name(text, boolean, timestamptz), private.member_day(date, uuid), private.french_day(date),
  private.french_moment(timestamp) from public;
-- The zone check runs as the member who sets their zone.
grant execute on function private.is_time_zone(text) to authenticated, service_role;
grant execute on function private.is_active(), private.active_user_id(), private.my_role(), private.second_factor_met(),
  private.is_admin(), private.posting_user_id() to authenticated;
revoke all on function private.case_user_id() from public;
grant execute on function private.case_user_id() to authenticated;
revoke all on function public.my_local_time(timestamptz) from public, anon;
grant execute on function public.my_local_time(timestamptz) to authenticated;
revoke all on function private.caller_local_time(timestamptz) from public;
grant execute on function private.caller_local_time(timestamptz) to authenticated;
revoke all on function public.accept_terms(text) from public, anon;
grant execute on function public.accept_terms(text) to authenticated;
revoke all on function private.accept_terms(text) from public;
grant execute on function private.accept_terms(text) to authenticated;
revoke all on function public.set_licence_number(uuid, text) from public, anon;
grant execute on function public.set_licence_number(uuid, text) to authenticated;
revoke all on function private.set_licence_number(uuid, text) from public;
grant execute on function private.set_licence_number(uuid, text) to authenticated;

revoke all on public.profiles, public.accounts from public, anon, authenticated, service_role;
grant select (id, full_name, avatar_path, bio, role, licence_number, created_at) on public.profiles to authenticated;
grant update (full_name, avatar_path, bio) on public.profiles to authenticated;
grant select on public.accounts to authenticated;
grant update (locale, time_zone) on public.accounts to authenticated;
grant select, update on public.profiles, public.accounts to service_role;

-- Row-level security

alter table public.profiles enable row level security;
alter table public.accounts enable row level security;

-- Signed-in active members see each other's public profile.
create policy profiles_select_members on public.profiles for select to authenticated
  using ((select private.is_active()));
-- A member edits only their own profile.
create policy profiles_update_self on public.profiles for update to authenticated
  using (id = (select private.active_user_id()))
  with check (id = (select auth.uid()));
create policy accounts_select_self_or_admin on public.accounts for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_admin()));
comment on policy accounts_select_self_or_admin on public.accounts is
  'A user always reads their own account (to see a suspension or missing consent); admins read every account.';
-- An active user edits their own preferences.
create policy accounts_update_self on public.accounts for update to authenticated
  using (user_id = (select private.active_user_id()))
  with check (user_id = (select auth.uid()));

-- Avatars: a public bucket. Anyone may fetch an avatar by URL, nobody may list the bucket; each
-- active member writes only inside the folder named after their own id, e.g. {user_id}/avatar.png,
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
    raise exception '%', private.caller_text(
      'Nom de fichier invalide : le chemin ne peut contenir de segment vide, « . » ni « .. ».',
      'Invalid file name: the path cannot contain an empty segment, “.” or “..”.')
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
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select private.active_user_id())::text);
-- Writes stay in the caller's own folder, under a plain name.
create policy avatars_objects_insert_owner on storage.objects for insert to authenticated
  with check (
    bucket_id = 'avatars'
    and (storage.foldername(name))[1] = (select private.active_user_id())::text
    and private.check_object_name(name)
  );
create policy avatars_objects_update_owner on storage.objects for update to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select private.active_user_id())::text)
  with check (
    bucket_id = 'avatars'
    and (storage.foldername(name))[1] = (select auth.uid())::text
    and private.check_object_name(name)
  );
-- Each member removes files from their own folder only.
create policy avatars_objects_delete_owner on storage.objects for delete to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select private.active_user_id())::text);
