// The rows part of `npm run db:catalog`: per table its row count, and per column a digest of its
// sorted values, the same for two databases seeded from the same files. What the seed cannot
// write the same way twice is only counted: times (written relative to now()), values drawn at
// random (a gen_random_uuid() or random() default, the columns below), and for json only the keys;
// sharded counters show their totals.
import type pg from 'pg';

// Columns that hold a different value on each run, and why.
const UNREPEATABLE: Record<string, string> = {
  'auth.users.encrypted_password': 'bcrypt draws a salt',
};

// Counters spread over shards by pg_backend_pid() % 8: how many rows, and which holds what,
// depends on the connections that wrote them; the total per metric does not.
const SHARDED: Record<string, { key: string; value: string }> = {
  'private.running_totals': { key: 'metric', value: 'value' },
  'private.weekly_activity': { key: 'metric', value: 'value' },
};

type Column = { table: string; column: string; kind: 'time' | 'json' | 'other'; random_default: boolean };

export async function rowDigests(client: pg.ClientBase): Promise<string[]> {
  const { rows: columns } = await client.query<Column>(`
    select c.oid::regclass::text as table, a.attname as column,
      case when a.atttypid in ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype, 'time'::regtype,
                               'timetz'::regtype) then 'time'
           when a.atttypid in ('json'::regtype, 'jsonb'::regtype) then 'json' else 'other' end as kind,
      coalesce(pg_get_expr(d.adbin, d.adrelid) ~ '(gen_random_uuid|uuid_generate_v[14]|random)\\(', false) as random_default
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema', 'supabase_migrations')
      and n.nspname !~ '^pg_(toast|temp)'
      and not exists (select from pg_depend e where e.objid = c.oid and e.classid = 'pg_class'::regclass and e.deptype = 'e')
    order by c.oid::regclass::text collate "C", a.attnum`);
  const lines: string[] = [];
  for (const table of [...new Set(columns.map((c) => c.table))]) {
    const sharded = SHARDED[table];
    if (sharded) {
      const { rows } = await client.query<{ totals: string }>(
        `select string_agg(format('%s=%s', key, total), ', ' order by key collate "C") as totals
         from (select ${sharded.key}::text as key, sum(${sharded.value}) as total from ${table} group by 1) t`,
      );
      lines.push(`rows ${table} totals per ${sharded.key}: ${rows[0]!.totals ?? 'none'}`);
      continue;
    }
    const own = columns.filter((c) => c.table === table);
    const { rows } = await client.query<Record<string, string>>(
      `select count(*)::text as rows, ${own.map((c, i) => `${measure(c)} as c${i}`).join(', ')} from ${table}`,
    );
    lines.push(`rows ${table} ${rows[0]!.rows}`);
    own.forEach(({ column }, i) => lines.push(`rows ${table}.${column} ${rows[0]![`c${i}`]}`));
  }
  return lines;
}

function measure({ table, column, kind, random_default }: Column): string {
  const name = `"${column.replace(/"/g, '""')}"`;
  if (kind === 'time' || random_default || `${table}.${column}` in UNREPEATABLE) return `'non-null ' || count(${name})`;
  const value = kind === 'json'
    ? `(select string_agg(k, ',' order by k collate "C") from jsonb_object_keys(case when jsonb_typeof(${name}::jsonb) = 'object' then ${name}::jsonb end) k)`
    : `${name}::text`;
  const label = kind === 'json' ? 'keys md5' : 'md5';
  return `'${label} ' || md5(coalesce(string_agg(coalesce(${value}, '<null>'), E'\\n' order by ${value} collate "C"), ''))`;
}
