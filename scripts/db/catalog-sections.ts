// The queries behind `npm run db:catalog`: each section returns one text line per catalog fact,
// (multi-line definitions: a `key` and the line number `at`); the dump sorts them, so two dumps
// compare with `diff`. Objects that belong to an extension are
// left out (the extension's name and version stand for them).

// Schemas the dump covers: everything but Postgres's own.
const OURS = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'`;
// Multi-line expressions and comments printed on one line.
const oneLine = (text: string) => `regexp_replace(${text}, '\\s*\\n\\s*', ' ', 'g')`;
const NOT_EXTENSION = (oid: string, catalog: string) =>
  `not exists (select from pg_catalog.pg_depend e where e.objid = ${oid} and e.classid = '${catalog}'::regclass and e.deptype = 'e')`;

export const SECTIONS: Record<string, string> = {
  schemas: `
    select format('schema %I owner=%s acl=%s%s', n.nspname, n.nspowner::regrole, n.nspacl,
      coalesce(' -- ' || ${oneLine("obj_description(n.oid, 'pg_namespace')")}, '')) as line
    from pg_namespace n where ${OURS} and ${NOT_EXTENSION('n.oid', 'pg_namespace')}`,

  extensions: `
    select format('extension %s %s in %s', e.extname, e.extversion, e.extnamespace::regnamespace) as line
    from pg_extension e`,

  types: `
    select format('type %s %s', t.oid::regtype,
      case t.typtype
        when 'e' then format('enum (%s)', (select string_agg(quote_literal(l.enumlabel), ', ' order by l.enumsortorder)
                                           from pg_enum l where l.enumtypid = t.oid))
        when 'd' then format('domain %s%s', format_type(t.typbasetype, t.typtypmod), coalesce(' ' || (
          select string_agg(pg_get_constraintdef(k.oid), ' ' order by k.conname) from pg_constraint k where k.contypid = t.oid), ''))
        when 'c' then format('composite (%s)', (select string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' order by a.attnum)
                                                from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped))
        else t.typtype::text end) as line
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where ${OURS} and ${NOT_EXTENSION('t.oid', 'pg_type')} and t.typtype in ('e', 'd', 'c')
      and (t.typtype <> 'c' or (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')
   `,

  relations: `
    select format('%s %s owner=%s rls=%s force_rls=%s options=%s acl=%s%s',
      case c.relkind when 'r' then 'table' when 'p' then 'partitioned_table' when 'v' then 'view'
        when 'm' then 'materialized_view' when 'S' then 'sequence' when 'f' then 'foreign_table' else c.relkind::text end,
      c.oid::regclass, c.relowner::regrole, c.relrowsecurity, c.relforcerowsecurity, c.reloptions, c.relacl,
      coalesce(' -- ' || ${oneLine("obj_description(c.oid, 'pg_class')")}, '')) as line
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where ${OURS} and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${NOT_EXTENSION('c.oid', 'pg_class')}
   `,

  columns: `
    select c.oid::regclass::text as key, a.attnum as at, format('column %s.%I %s%s%s%s%s acl=%s%s', c.oid::regclass, a.attname, format_type(a.atttypid, a.atttypmod),
      case when a.attnotnull then ' not null' else '' end,
      case when a.attgenerated = 's' then ' generated always as ' || pg_get_expr(d.adbin, d.adrelid) || ' stored'
           when d.adbin is not null then ' default ' || pg_get_expr(d.adbin, d.adrelid) else '' end,
      case a.attidentity when 'a' then ' identity always' when 'd' then ' identity by default' else '' end,
      case when a.attcollation <> 0 and a.attcollation <> t.typcollation then ' collate ' || a.attcollation::regcollation else '' end,
      a.attacl, coalesce(' -- ' || ${oneLine("col_description(c.oid, a.attnum)")}, '')) as line
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where ${OURS} and c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped
      and ${NOT_EXTENSION('c.oid', 'pg_class')}`,

  constraints: `
    select format('constraint %s %I: %s%s', c.conrelid::regclass, c.conname, ${oneLine("pg_get_constraintdef(c.oid)")},
      coalesce(' -- ' || ${oneLine("obj_description(c.oid, 'pg_constraint')")}, '')) as line
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where ${OURS} and c.conrelid <> 0 and ${NOT_EXTENSION('c.conrelid', 'pg_class')}
   `,

  indexes: `
    select format('index %s: %s%s%s', i.indrelid::regclass, pg_get_indexdef(i.indexrelid),
      case when i.indisvalid then '' else ' (invalid)' end,
      coalesce(' -- ' || ${oneLine("obj_description(i.indexrelid, 'pg_class')")}, '')) as line
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
    where ${OURS} and ${NOT_EXTENSION('i.indrelid', 'pg_class')}
   `,

  policies: `
    select format('policy %s %I: %s %s to %s using (%s) with check (%s)%s', p.polrelid::regclass, p.polname,
      case when p.polpermissive then 'permissive' else 'restrictive' end,
      case p.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update' when 'd' then 'delete' else 'all' end,
      (select string_agg(role, ', ' order by role) from unnest(p.polroles) r,
        lateral (select case when r = 0 then 'public' else r::regrole::text end as role) named),
      ${oneLine("pg_get_expr(p.polqual, p.polrelid)")}, ${oneLine("pg_get_expr(p.polwithcheck, p.polrelid)")},
      coalesce(' -- ' || ${oneLine("obj_description(p.oid, 'pg_policy')")}, '')) as line
    from pg_policy p`,

  triggers: `
    select format('trigger %s: %s enabled=%s', t.tgrelid::regclass, pg_get_triggerdef(t.oid), t.tgenabled) as line
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where ${OURS} and not t.tgisinternal`,

  views: `
    select c.oid::regclass::text as key, l.at, format('view %s | %s', c.oid::regclass, l.line) as line
    from pg_class c join pg_namespace n on n.oid = c.relnamespace,
      unnest(string_to_array(pg_get_viewdef(c.oid), E'\\n')) with ordinality as l(line, at)
    where ${OURS} and c.relkind in ('v', 'm') and ${NOT_EXTENSION('c.oid', 'pg_class')}`,

  functions: `
    select p.oid::regprocedure::text as key, 0 as at,
        format('function %s owner=%s %s %s config=%s acl=%s%s', p.oid::regprocedure, p.proowner::regrole,
          case when p.prosecdef then 'security definer' else 'security invoker' end,
          case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end,
          p.proconfig, p.proacl, coalesce(' -- ' || ${oneLine("obj_description(p.oid, 'pg_proc')")}, '')) as line
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where ${OURS} and ${NOT_EXTENSION('p.oid', 'pg_proc')}
    union all
    select p.oid::regprocedure::text, l.at, format('function %s | %s', p.oid::regprocedure, l.line)
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace,
      unnest(string_to_array(pg_get_functiondef(p.oid), E'\\n')) with ordinality as l(line, at)
    where ${OURS} and p.prokind <> 'a' and ${NOT_EXTENSION('p.oid', 'pg_proc')}`,

  default_privileges: `
    select format('default privileges for %s in %s on %s: %s', d.defaclrole::regrole,
      case when d.defaclnamespace = 0 then 'all schemas' else d.defaclnamespace::regnamespace::text end, d.defaclobjtype, d.defaclacl) as line
    from pg_default_acl d`,

  publications: `
    select line from (
      select format('publication %I all_tables=%s actions=%s%s%s%s', p.pubname, p.puballtables,
        case when p.pubinsert then 'i' else '' end, case when p.pubupdate then 'u' else '' end,
        case when p.pubdelete then 'd' else '' end, case when p.pubtruncate then 't' else '' end) as line
      from pg_publication p
      union all
      select format('publication %I table %I.%I columns=%s where=%s', t.pubname, t.schemaname, t.tablename, t.attnames, t.rowfilter)
      from pg_publication_tables t
    ) p`,

  buckets: `
    select format('bucket %s', (to_jsonb(b) - 'created_at' - 'updated_at')::text) as line
    from storage.buckets b`,
};
