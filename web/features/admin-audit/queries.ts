import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the trail, newest first, by keyset on the identity id (no count over a table kept
 * six years), with the actors' names (actor_id has no foreign key: names are looked up apart).
 */
export async function fetchAuditPage(supabase: AppSupabaseClient, { action, before }: { action: string; before?: number }) {
  let query = supabase.from('audit_log').select('id, actor_id, action, target_table, target_id, details, created_at')
    .order('id', { ascending: false }).limit(AUDIT_PAGE_SIZE + 1);
  if (action) query = query.eq('action', action);
  if (before !== undefined) query = query.lt('id', before);
  const { data, error } = await query;
  if (error) throw error;
  const entries = data.slice(0, AUDIT_PAGE_SIZE);
  const names = await memberNames(supabase, entries.flatMap(memberIdsOf));
  return {
    entries: entries.map((e) => ({
      ...e,
      // Null for a deleted account (or the system, without an actor): the screen names them.
      actorName: e.actor_id ? names[e.actor_id] ?? null : null,
      targetName: MEMBER_TABLES.has(e.target_table) ? names[e.target_id] ?? null : null,
      names,
    })),
    nextBefore: data.length > AUDIT_PAGE_SIZE ? entries[entries.length - 1]?.id : undefined,
  };
}

const MEMBER_TABLES = new Set(['profiles', 'accounts']);
const UUID = /^[0-9a-f-]{36}$/i;

/** Members an entry names: its actor, a member target, an assigned pro. */
function memberIdsOf(entry: { actor_id: string | null; target_table: string; target_id: string; details: unknown }): string[] {
  const proId = (entry.details as { pro_id?: unknown } | null)?.pro_id;
  return [entry.actor_id, MEMBER_TABLES.has(entry.target_table) ? entry.target_id : null, typeof proId === 'string' ? proId : null]
    .filter((id): id is string => id !== null && UUID.test(id));
}

async function memberNames(supabase: AppSupabaseClient, ids: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const { data, error } = await supabase.from('profiles').select('id, full_name').in('id', unique);
  if (error) throw error;
  return Object.fromEntries(data.map((p) => [p.id, p.full_name]));
}

export type AuditEntry = Awaited<ReturnType<typeof fetchAuditPage>>['entries'][number];
