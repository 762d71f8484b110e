import { isUuid } from '@/lib/uuid';

type Row = { id?: unknown } | null | undefined;

const isRowRef = (row: unknown): row is Row =>
  row === null || row === undefined || (typeof row === 'object' && isUuid((row as { id?: unknown }).id));

/**
 * The id of the message a broadcast on dossier:<id> says changed (realtime.broadcast_changes sends
 * operation, table, schema, record, old_record), or null when it names none. Only a hint: the chat
 * reads that message back under RLS, never the payload itself. Checked by hand, as the bell's hint:
 * it runs when the page settles, and zod's core would load then for three fields.
 */
export function parseMessageHint(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { table, record, old_record: oldRecord } = payload as { table?: unknown; record?: unknown; old_record?: unknown };
  if (table !== 'messages' || !isRowRef(record) || !isRowRef(oldRecord)) return null;
  return (record?.id ?? oldRecord?.id ?? null) as string | null;
}
