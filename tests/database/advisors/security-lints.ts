// The security advisor's ERROR and WARN lints (supabase/splinter lints/00NN_*.sql), as our own
// catalog queries. `api` is the Data API's schemas, `project` our own schemas (see scope.ts).
import { type Lint, alwaysTrue, browserCanReach, sqlLint } from './scope.ts';

const CANARY_TABLE = 'create table public.advisor_canary (id int primary key, owner_id uuid)';

// Column names splinter's 0023 treats as secrets or personal identifiers.
const SENSITIVE_NAME = `^(pass(word|wd|phrase)?|pwd|secret(_key)?|private_key|api_?key|auth_(key|code)|jwt
  |(access_|refresh_|oauth_|session_|bearer_)?token|session_(id|key|secret)|(recovery|backup|verification)_code
  |otp|two_factor|2fa_(secret|code)|ssn|social_security(_number)?|drivers?_license|license_(number|key)
  |passport_(number|id)|national_id|tax_id|credit_card|card_number|cvv|cvc|cvn|bank_account|account_number
  |routing_number|iban|swift_code|bic|(health|medical)_record|patient_id|(health_|medical_)?insurance(_number)?
  |treatment|mac_?address|macaddr|imei|device_uuid|(pgp|gpg|ssh)_key|certificate|activation_key|facial_recognition)$`
  .replace(/\s+/g, '');

const definerFunctionExecutableBy = (role: 'anon' | 'authenticated'): Lint => ({
  name: `${role}_security_definer_function_executable`,
  level: 'WARN',
  rule: `${role} can call no security definer function through the Data API`,
  findings: sqlLint(`
    select format('%s.%s(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) as finding
    from pg_catalog.pg_proc p join api n on n.oid = p.pronamespace
    where p.prosecdef and pg_catalog.has_function_privilege('${role}', p.oid, 'execute')`),
  canary: `create function public.advisor_canary() returns int language sql security definer set search_path = ''
    as 'select 1'; grant execute on function public.advisor_canary() to ${role}`,
});

export const SECURITY_LINTS: Lint[] = [
  {
    name: 'rls_disabled_in_public',
    level: 'ERROR',
    rule: 'every table the Data API exposes to a browser role has row-level security on',
    findings: sqlLint(`
      select format('%s.%s', n.nspname, c.relname) as finding
      from pg_catalog.pg_class c join api n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relrowsecurity and ${browserCanReach('c.oid')}`),
    canary: `${CANARY_TABLE}; grant select on public.advisor_canary to anon`,
  },
  {
    name: 'policy_exists_rls_disabled',
    level: 'ERROR',
    rule: 'no table has policies while its row-level security is off',
    findings: sqlLint(`
      select distinct format('%s.%s', c.relnamespace::regnamespace, c.relname) as finding
      from pg_catalog.pg_policy p join pg_catalog.pg_class c on c.oid = p.polrelid
      where not c.relrowsecurity`),
    canary: `${CANARY_TABLE}; create policy advisor_canary on public.advisor_canary for select to authenticated using (true)`,
  },
  {
    name: 'security_definer_view',
    level: 'ERROR',
    rule: "views in exposed schemas run with the caller's rights (security_invoker)",
    findings: sqlLint(`
      select format('%s.%s', n.nspname, c.relname) as finding
      from pg_catalog.pg_class c join api n on n.oid = c.relnamespace
      where c.relkind = 'v' and ${browserCanReach('c.oid')}
        and not coalesce(lower(array_to_string(c.reloptions, ',')) ~ 'security_invoker=(true|on|yes|1)', false)`),
    canary: 'create view public.advisor_canary as select 1 as one; grant select on public.advisor_canary to authenticated',
  },
  {
    name: 'auth_users_exposed',
    level: 'ERROR',
    rule: 'no view or materialized view that a browser role reads through the API selects from auth.users',
    findings: sqlLint(`
      select distinct format('%s.%s', n.nspname, c.relname) as finding
      from pg_catalog.pg_depend d
      join pg_catalog.pg_rewrite r on r.oid = d.objid
      join pg_catalog.pg_class c on c.oid = r.ev_class
      join api n on n.oid = c.relnamespace
      where d.refobjid = 'auth.users'::regclass and c.oid <> d.refobjid and ${browserCanReach('c.oid')}`),
    canary: `create view public.advisor_canary with (security_invoker = true) as select id from auth.users;
      grant select on public.advisor_canary to authenticated`,
  },
  {
    name: 'rls_references_user_metadata',
    level: 'ERROR',
    rule: 'no policy reads user_metadata, which every user may edit',
    findings: sqlLint(`
      select format('%s.%s %s', schemaname, tablename, policyname) as finding
      from pg_catalog.pg_policies
      where concat(qual, ' ', with_check) ~* '(user_metadata|raw_user_meta_data)'`),
    canary: `${CANARY_TABLE}; alter table public.advisor_canary enable row level security;
      create policy advisor_canary on public.advisor_canary for select to authenticated
      using (((select auth.jwt()) -> 'user_metadata' ->> 'team') = 'blue')`,
  },
  {
    name: 'fkey_to_auth_unique',
    level: 'ERROR',
    rule: "foreign keys into auth reference a primary key, never another unique key Auth may drop",
    findings: sqlLint(`
      select format('%s %s', c.conrelid::regclass, c.conname) as finding
      from pg_catalog.pg_constraint c
      join pg_catalog.pg_class target on target.oid = c.confrelid
      join pg_catalog.pg_index i on i.indexrelid = c.conindid
      where c.contype = 'f' and target.relnamespace = 'auth'::regnamespace and not i.indisprimary`),
    canary: 'create table private.advisor_canary (phone text references auth.users (phone))',
  },
  {
    name: 'sensitive_columns_exposed',
    level: 'ERROR',
    rule: 'no exposed table without row-level security has a column named like a secret or an identifier',
    findings: sqlLint(`
      select format('%s.%s.%s', n.nspname, c.relname, a.attname) as finding
      from pg_catalog.pg_class c
      join api n on n.oid = c.relnamespace
      join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'p') and not c.relrowsecurity and ${browserCanReach('c.oid')}
        and replace(lower(a.attname), '-', '_') ~ '${SENSITIVE_NAME}'`),
    canary: 'create table public.advisor_canary (id int, api_key text); grant select on public.advisor_canary to authenticated',
  },
  {
    name: 'rls_policy_always_true',
    level: 'WARN',
    rule: 'no permissive policy lets a browser role change or add any row',
    findings: sqlLint(`
      select format('%s.%s %s', schemaname, tablename, policyname) as finding
      from pg_catalog.pg_policies
      where permissive = 'PERMISSIVE' and roles && array['public', 'anon', 'authenticated']::name[]
        and (
          (cmd in ('UPDATE', 'DELETE', 'ALL') and (qual is null or ${alwaysTrue('qual')}))
          or (cmd in ('INSERT', 'UPDATE', 'ALL') and ${alwaysTrue('with_check')})
          or (cmd = 'INSERT' and with_check is null)
        )`),
    canary: `${CANARY_TABLE}; alter table public.advisor_canary enable row level security;
      create policy advisor_canary on public.advisor_canary for delete to authenticated using (true)`,
  },
  {
    name: 'public_bucket_allows_listing',
    level: 'WARN',
    rule: 'no SELECT policy on storage.objects opens a whole public bucket',
    findings: sqlLint(`
      select format('%s: %s', b.id, p.policyname) as finding
      from storage.buckets b
      join pg_catalog.pg_policies p on p.schemaname = 'storage' and p.tablename = 'objects'
      where b.public and p.cmd in ('SELECT', 'ALL') and p.permissive = 'PERMISSIVE'
        and p.roles && array['public', 'anon', 'authenticated']::name[]
        and (p.qual is null or ${alwaysTrue('p.qual')}
          or pg_catalog.regexp_replace(p.qual, '[\\s()]|::text', '', 'g') = format('bucket_id=%L', b.id))`),
    canary: `insert into storage.buckets (id, name, public) values ('advisor_canary', 'advisor_canary', true);
      create policy advisor_canary on storage.objects for select to authenticated using (bucket_id = 'advisor_canary')`,
  },
  definerFunctionExecutableBy('anon'),
  definerFunctionExecutableBy('authenticated'),
  {
    name: 'function_search_path_mutable',
    level: 'WARN',
    rule: 'every function in our schemas pins its search_path',
    findings: sqlLint(`
      select p.oid::regprocedure::text as finding
      from pg_catalog.pg_proc p join project n on n.oid = p.pronamespace
      where p.oid not in (select objid from extension_member)
        and not exists (select from unnest(p.proconfig) setting where setting like 'search\\_path=%')`),
    canary: "create function private.advisor_canary() returns int language sql as 'select 1'",
  },
  {
    name: 'extension_in_public',
    level: 'WARN',
    rule: 'no extension puts its objects in public or another exposed schema',
    findings: sqlLint(`
      select e.extname::text as finding from pg_catalog.pg_extension e
      where e.extnamespace in (select oid from api) or e.extnamespace = 'public'::regnamespace`),
    canary: 'create extension citext with schema public',
  },
  {
    name: 'materialized_view_in_api and foreign_table_in_api',
    level: 'WARN',
    rule: 'the Data API exposes no materialized view or foreign table (neither has row-level security)',
    findings: sqlLint(`
      select format('%s.%s', n.nspname, c.relname) as finding
      from pg_catalog.pg_class c join api n on n.oid = c.relnamespace
      where c.relkind in ('m', 'f') and ${browserCanReach('c.oid')}`),
    canary: 'create materialized view public.advisor_canary as select 1 as one; grant select on public.advisor_canary to anon',
  },
  {
    name: 'unsupported_reg_types',
    level: 'WARN',
    rule: 'no column of ours stores a reg* type that pg_upgrade cannot carry over',
    findings: sqlLint(`
      select format('%s.%s', c.oid::regclass, a.attname) as finding
      from pg_catalog.pg_attribute a
      join pg_catalog.pg_class c on c.oid = a.attrelid
      join project n on n.oid = c.relnamespace
      where a.attnum > 0 and not a.attisdropped
        and a.atttypid in ('regcollation'::regtype, 'regconfig'::regtype, 'regdictionary'::regtype,
          'regnamespace'::regtype, 'regoper'::regtype, 'regoperator'::regtype, 'regproc'::regtype, 'regprocedure'::regtype)`),
    canary: 'create table private.advisor_canary (language regconfig)',
  },
  {
    name: 'extension_versions_outdated',
    level: 'WARN',
    rule: 'every installed extension is at its default version',
    findings: sqlLint(`
      select format('%s %s (default %s)', name, installed_version, default_version) as finding
      from pg_catalog.pg_available_extensions
      where installed_version <> default_version`),
    canary: "create extension citext with schema extensions version '1.4'",
  },
];
