// The audit trail as the owner reads it, to check which staff actions were recorded (or none).
import { one, owner } from './db.ts';

/** How many entries name `actorId` as their actor. */
export const auditBy = async (actorId: string) =>
  Number((await one<{ n: string }>(`select count(*) as n from public.audit_log where actor_id = $1`, [actorId])).n);

/** The entries of `action` on one row of `table`, oldest first. */
export async function auditOf(table: string, targetId: string, action: string) {
  const { rows } = await owner<{ actor_id: string | null; details: Record<string, unknown> }>(
    `select actor_id, details from public.audit_log where target_table = $1 and target_id = $2 and action = $3 order by id`,
    [table, targetId, action],
  );
  return rows;
}
