// Plan shapes: each hot query is run once more as its member on a superuser connection with
// auto_explain on (nested statements included, so the queries inside RPCs and policy helpers show)
// and its log lines sent to this client: prepared after enough executions for the plan cache to
// settle (so the plan is the one PostgREST's connections reuse), and unprepared. The shape lists
// every scan (node, index, table) and flags a sequential scan of a large table.
import pg from 'pg';
import type { Case, HotQuery } from './queries.ts';
import { type Mode, planCacheUse, statementFor } from './runner.ts';
import { beginRequest, claimsOnly, type RequestSettings } from './session.ts';

export type Scan = { node: string; relation: string; index?: string; rows: number };
/** generic / custom: the plan the plan cache gave a prepared statement at steady state. */
export type PlanKind = 'generic' | 'custom' | 'unprepared';
export type PlanShape = { scans: Scan[]; seqScansOfLargeTables: string[]; summary: string; kind: PlanKind };
/** The member's plan as PostgREST runs it (prepared) and unprepared, and the owner twin's (prepared). */
export type PlanShapes = { member: PlanShape; memberUnprepared: PlanShape; owner: PlanShape };

/** Tables at least this big (pg_class.reltuples) must not be read by a sequential scan: at scale 1,
 *  documents, messages, posts, likes, comments, registrations, notifications (dossiers has 20k). */
const LARGE_TABLE_ROWS = 50_000;
/** Executions of a prepared statement before its plan is captured: past the plan cache's five custom plans. */
const WARM_EXECUTIONS = 10;

type Side = 'member' | 'owner';

export async function capturePlans(superuserUrl: string, query: HotQuery, cases: Case[],
  settings: Map<string, RequestSettings>): Promise<PlanShapes> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`load 'auto_explain'`);
    await client.query(`set auto_explain.log_min_duration = -1; set auto_explain.log_nested_statements = on;
      set auto_explain.log_format = json; set auto_explain.log_analyze = on; set auto_explain.log_timing = off;
      set client_min_messages = log`);
    const large = new Map((await client.query<{ name: string; rows: number }>(
      `select c.relname as name, c.reltuples::bigint as rows from pg_class c
       where c.relkind = 'r' and c.relnamespace in ('public'::regnamespace, 'auth'::regnamespace)`,
    )).rows.map((r) => [r.name, Number(r.rows)]));
    const requestOf = (side: Side, c: Case) => {
      const member = settings.get(c.member)!;
      return side === 'member' ? member : query.ownerNeedsClaims ? claimsOnly(member) : [];
    };
    const shape = async (side: Side, mode: Mode): Promise<PlanShape> => {
      // One prepared statement per side, so that each is only ever planned for one role.
      const statement = (c: Case) => statementFor(query, mode, c.params, `_plan_${side}`);
      for (let k = 0; mode === 'prepared' && k < WARM_EXECUTIONS; k++) {
        const c = cases[k % cases.length]!;
        await execute(client, requestOf(side, c), side, mode, statement(c));
      }
      const name = statement(cases[0]!).name;
      const before = name ? await planCacheUse(client, name) : undefined;
      await client.query(`set auto_explain.log_min_duration = 0`);
      const plans = await execute(client, requestOf(side, cases[0]!), side, mode, statement(cases[0]!), true);
      await client.query(`set auto_explain.log_min_duration = -1`);
      const after = name ? await planCacheUse(client, name) : undefined;
      const kind = !before || !after ? 'unprepared' : after.generic > before.generic ? 'generic' : 'custom';
      return shapeOf(plans, large, kind);
    };
    return { member: await shape('member', 'prepared'), memberUnprepared: await shape('member', 'unprepared'),
      owner: await shape('owner', 'prepared') };
  } finally {
    await client.end();
  }
}

/** One request; with `capture`, the plans auto_explain logged for it (nested statements included). */
async function execute(client: pg.Client, settings: RequestSettings, side: Side, mode: Mode, statement: pg.QueryConfig,
  capture = false): Promise<unknown[]> {
  await beginRequest(client, settings, true, mode === 'prepared');
  if (side === 'owner') await client.query(`set local role postgres`);
  const plans: unknown[] = [];
  const listener = (notice: { message?: string; severity?: string }) => {
    const text = notice.message ?? '';
    const start = text.indexOf('{');
    if (notice.severity === 'LOG' && start >= 0) plans.push(JSON.parse(text.slice(start)));
  };
  if (capture) client.on('notice', listener);
  try {
    await client.query(statement);
  } finally {
    // The top-level plan is logged when its portal closes, i.e. at commit.
    await client.query('commit');
    client.off('notice', listener);
  }
  return plans;
}

function shapeOf(plans: unknown[], large: Map<string, number>, kind: PlanKind): PlanShape {
  const scans: Scan[] = [];
  for (const entry of plans) walk((entry as { Plan: PlanNode }).Plan, scans);
  const unique = [...new Map(scans.map((s) => [`${s.node}|${s.relation}|${s.index ?? ''}`, s])).values()];
  const seq = [...new Set(unique.filter((s) => s.node === 'Seq Scan' && (large.get(s.relation) ?? 0) >= LARGE_TABLE_ROWS)
    .map((s) => s.relation))];
  return { scans: unique, seqScansOfLargeTables: seq, summary: summarize(unique, seq), kind };
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
