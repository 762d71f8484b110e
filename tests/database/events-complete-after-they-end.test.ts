// The scheduler's complete_ended_events() marks every scheduled event whose end has passed as
// completed, leaves events still to come or under way and cancelled ones alone, and does nothing
// on a second run. Times are relative to the database clock, never today's date.
//
// The function touches every event of the shared test database, so the test runs inside one
// transaction and rolls back: other files' events keep their status.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, claimsFor, inTransaction, owner, serviceRole } from '../support/db.ts';
import { createEvent } from '../support/community.ts';
import { createMember, type Member } from '../support/world.ts';

let ended: string;
let underWay: string;
let upcoming: string;
let cancelled: string;
let admin: Member;

beforeAll(async () => {
  admin = await createMember({ role: 'admin' });
  // createEvent gives each event one hour: started 2 h ago has ended, started 30 min ago is under way.
  [ended, underWay, upcoming, cancelled] = await Promise.all([
    createEvent({ startsIn: '-2 hours', title: 'Terminé' }),
    createEvent({ startsIn: '-30 minutes', title: 'En cours' }),
    createEvent({ startsIn: '2 days', title: 'À venir' }),
    createEvent({ startsIn: '-3 hours', title: 'Annulé', status: 'cancelled' }),
  ]);
});

describe('events after their end', () => {
  it('become completed once, however often the job runs; the others keep their status', async () => {
    const settings: [string, string][] = [['role', 'service_role'], ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))]];
    await inTransaction(settings, async (q) => {
      const statuses = async () => Object.fromEntries((await q.query<{ id: string; status: string }>(
        `select id, status::text from public.events where id = any($1::uuid[])`, [[ended, underWay, upcoming, cancelled]],
      )).rows.map((r) => [r.id, r.status]));
      const first = (await q.query<{ n: number }>('select public.complete_ended_events() as n')).rows[0]!.n;
      expect(first).toBeGreaterThanOrEqual(1);
      expect(await statuses()).toEqual({ [ended]: 'completed', [underWay]: 'scheduled', [upcoming]: 'scheduled', [cancelled]: 'cancelled' });
      expect((await q.query<{ n: number }>('select public.complete_ended_events() as n')).rows[0]!.n).toBe(0);
      expect(await statuses()).toEqual({ [ended]: 'completed', [underWay]: 'scheduled', [upcoming]: 'scheduled', [cancelled]: 'cancelled' });
    }, { rollback: true });
  });

  it('only the scheduler runs the job: members and admins are refused', async () => {
    for (const actor of [admin.actor, (await createMember()).actor]) {
      expect(await attempt(actor, 'select public.complete_ended_events()')).toMatchObject({ ok: false, code: '42501' });
    }
    expect((await owner(`select status::text from public.events where id = $1`, [ended])).rows).toEqual([{ status: 'scheduled' }]);
  });
});
