// The performance advisor's WARN lints (supabase/splinter lints/00NN_*.sql), and the INFO lint
// unindexed_foreign_keys, as our own catalog queries (see scope.ts for `project`).
import { type Lint, PLATFORM_SCHEMAS, sqlLint, unwrappedCalls } from './scope.ts';

const CANARY_TABLE = `create table private.advisor_canary (id int primary key, owner_id uuid);
  alter table private.advisor_canary enable row level security`;

export const PERFORMANCE_LINTS: Lint[] = [
  {
    name: 'auth_rls_initplan',
    level: 'WARN',
    // Splinter leaves out storage; the issue asks for storage.objects and realtime.messages too.
    rule: "policies, also on storage.objects and realtime.messages, read claims as (select auth.<fn>()) and the caller's standing once",
    findings: async (db) => {
      const { rows } = await db.query<{ policy: string; qual: string | null; with_check: string | null }>(
        `select format('%s.%s %s', p.schemaname, p.tablename, p.policyname) as policy, p.qual, p.with_check
         from pg_catalog.pg_policies p
         join pg_catalog.pg_class c on c.relname = p.tablename and c.relnamespace = p.schemaname::regnamespace
         where c.relrowsecurity
           and (p.schemaname <> all ($1) or c.oid in ('storage.objects'::regclass, 'realtime.messages'::regclass))`,
        [PLATFORM_SCHEMAS],
      );
      return rows
        .flatMap(({ policy, qual, with_check }) =>
          [...unwrappedCalls(qual ?? ''), ...unwrappedCalls(with_check ?? '')].map((call) => `${policy}: ${call}`))
        .sort();
    },
    canary: `${CANARY_TABLE}; create policy advisor_canary on private.advisor_canary for select to authenticated
      using (owner_id = auth.uid() or private.is_admin())`,
  },
  {
    name: 'multiple_permissive_policies',
    level: 'WARN',
    rule: 'each table has one permissive policy per role and command (on storage.objects, per bucket)',
    findings: sqlLint(`
      select format('%s %s %s%s: %s', c.oid::regclass, r.rolname, command, coalesce(' in bucket ' || bucket, ''),
        string_agg(p.polname, ', ' order by p.polname)) as finding
      from pg_catalog.pg_policy p
      join pg_catalog.pg_class c on c.oid = p.polrelid
      join pg_catalog.pg_roles r on r.oid = any (p.polroles) or p.polroles = '{0}'
      cross join lateral unnest(case p.polcmd when 'r' then '{SELECT}' when 'a' then '{INSERT}' when 'w' then '{UPDATE}'
        when 'd' then '{DELETE}' else '{SELECT,INSERT,UPDATE,DELETE}' end::text[]) command
      cross join lateral (
        select case when c.oid = 'storage.objects'::regclass then substring(
          concat(pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
          from $re$bucket_id = '([^']+)'$re$) end as bucket
      ) b
      where p.polpermissive and c.relkind in ('r', 'p')
        and (c.relnamespace in (select oid from project) or c.oid = 'storage.objects'::regclass)
        and c.oid not in (select objid from extension_member)
        and r.rolname not like 'pg\\_%' and r.rolname not like 'supabase%admin' and not r.rolbypassrls
      group by c.oid, r.rolname, command, bucket
      having count(*) > 1`),
    canary: `${CANARY_TABLE};
      create policy advisor_canary_own on private.advisor_canary for select to authenticated using (owner_id = (select auth.uid()));
      create policy advisor_canary_admin on private.advisor_canary for select to authenticated using ((select private.is_admin()))`,
  },
  {
    name: 'duplicate_index',
    level: 'WARN',
    rule: 'no table carries the same index twice',
    findings: sqlLint(`
      select string_agg(i.indexrelid::regclass::text, ' = ' order by i.indexrelid::regclass::text) as finding
      from pg_catalog.pg_index i
      join pg_catalog.pg_class ic on ic.oid = i.indexrelid
      join project n on n.oid = ic.relnamespace
      group by i.indrelid, ic.relam, i.indkey::text, i.indclass::text, i.indcollation::text, i.indoption::text,
        i.indisunique, pg_catalog.pg_get_expr(i.indexprs, i.indrelid), pg_catalog.pg_get_expr(i.indpred, i.indrelid)
      having count(*) > 1`),
    canary: 'create index advisor_canary on public.profiles (role)',
  },
  {
    // INFO in splinter; kept because deleting (or erasing) a referenced row otherwise scans the
    // referencing table once per row for its ON DELETE action.
    name: 'unindexed_foreign_keys',
    level: 'INFO',
    rule: 'every foreign key is the leading columns of an index on its table',
    findings: sqlLint(`
      select format('%s %s', c.conrelid::regclass, c.conname) as finding
      from pg_catalog.pg_constraint c join project n on n.oid = c.connamespace
      where c.contype = 'f' and c.conrelid not in (select objid from extension_member)
        and not exists (
          select from pg_catalog.pg_index i
          where i.indrelid = c.conrelid and i.indisvalid
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
        )`),
    canary: 'create table private.advisor_canary (profile_id uuid references public.profiles (id))',
  },
];
