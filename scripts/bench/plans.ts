// Plan shapes: each hot query is run once more as its member on a superuser connection with
// auto_explain on (nested statements included, so the queries inside RPCs and policy helpers show)
// and its log lines sent to this client. The shape lists every scan (node, index, table) and flags
// a sequential scan of a large table.
import pg from 'pg';
import type { Case, HotQuery } from './queries.ts';
import { beginRequest, claimsOnly, type RequestSettings } from './session.ts';

export type Scan = { node: string; relation: string; index?: string; rows: number };
export type PlanShape = { scans: Scan[]; seqScansOfLargeTables: string[]; summary: string };

/** Tables at least this big (pg_class.reltuples) must not be read by a sequential scan: at scale 1,
 *  documents, messages, posts, likes, comments, registrations, notifications (dossiers has 20k). */
const LARGE_TABLE_ROWS = 50_000;

export async function capturePlans(superuserUrl: string, query: HotQuery, sample: Case, settings: RequestSettings) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`load 'auto_explain'`);
    await client.query(`set auto_explain.log_min_duration = 0; set auto_explain.log_nested_statements = on;
      set auto_explain.log_format = json; set auto_explain.log_analyze = on; set auto_explain.log_timing = off;
      set client_min_messages = log`);
    const large = new Map((await client.query<{ name: string; rows: number }>(
      `select c.relname as name, c.reltuples::bigint as rows from pg_class c
       where c.relkind = 'r' and c.relnamespace in ('public'::regnamespace, 'auth'::regnamespace)`,
    )).rows.map((r) => [r.name, Number(r.rows)]));
    const rls = await explainOnce(client, settings, query.rls, sample.params, large);
    const owner = await explainOnce(client, query.ownerNeedsClaims ? claimsOnly(settings) : [], query.rls, sample.params,
      large, true);
    return { rls, owner };
  } finally {
    await client.end();
  }
}

async function explainOnce(client: pg.Client, settings: RequestSettings, sql: string, params: unknown[],
  large: Map<string, number>, asOwner = false): Promise<PlanShape> {
  await beginRequest(client, settings, true);
  if (asOwner) await client.query(`set local role postgres`);
  const plans: unknown[] = [];
  const listener = (notice: { message?: string; severity?: string }) => {
    const text = notice.message ?? '';
    const start = text.indexOf('{');
    if (notice.severity === 'LOG' && start >= 0) plans.push(JSON.parse(text.slice(start)));
  };
  client.on('notice', listener);
  try {
    await client.query(sql, params);
  } finally {
    // The top-level plan is logged when its portal closes, i.e. at commit.
    await client.query('commit');
    client.off('notice', listener);
  }
  const scans: Scan[] = [];
  for (const entry of plans) walk((entry as { Plan: PlanNode }).Plan, scans);
  const unique = [...new Map(scans.map((s) => [`${s.node}|${s.relation}|${s.index ?? ''}`, s])).values()];
  const seq = [...new Set(unique.filter((s) => s.node === 'Seq Scan' && (large.get(s.relation) ?? 0) >= LARGE_TABLE_ROWS)
    .map((s) => s.relation))];
  return { scans: unique, seqScansOfLargeTables: seq, summary: summarize(unique, seq) };
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Actual Rows'?: number;
  'Actual Loops'?: number; Plans?: PlanNode[] };

function walk(node: PlanNode, into: Scan[]): void {
  if (node['Relation Name']) {
    // A bitmap heap scan names its table; the indexes are its Bitmap Index Scan children.
    const index = node['Node Type'] === 'Bitmap Heap Scan' ? bitmapIndexes(node).join('+') : node['Index Name'];
    into.push({ node: node['Node Type'], relation: node['Relation Name'], index,
      rows: (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) });
  }
  for (const child of node.Plans ?? []) walk(child, into);
}

function bitmapIndexes(node: PlanNode): string[] {
  if (node['Node Type'] === 'Bitmap Index Scan') return [node['Index Name'] ?? '?'];
  return (node.Plans ?? []).flatMap(bitmapIndexes);
}

// "messages:idx(messages_dossier_created_idx)" per table read, helpers' small lookups included.
function summarize(scans: Scan[], seq: string[]): string {
  const short = (s: Scan) => {
    const how = s.node === 'Seq Scan' ? 'seq' : s.node.startsWith('Index Only') ? 'ios' : s.node.startsWith('Bitmap') ? 'bitmap' : 'idx';
    return `${s.relation}:${how}${s.index ? `(${s.index})` : ''}`;
  };
  const parts = [...new Set(scans.map(short))];
  return (seq.length ? `SEQ SCAN of ${seq.join(', ')}; ` : '') + parts.join(' ');
}
