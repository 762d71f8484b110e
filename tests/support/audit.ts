// The audit trail as the owner reads it, to check which staff actions were recorded (or none).
import { one } from './db.ts';

/** How many entries name `actorId` as their actor. */
export const auditBy = async (actorId: string) =>
  Number((await one<{ n: string }>(`select count(*) as n from public.audit_log where actor_id = $1`, [actorId])).n);
