// An event that has ended cannot be cancelled, even by an admin: its registrants would be told a
// past session was called off. One under way or still to come can be. Times are relative to the
// database clock, never today's date.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvent, createRegistration } from '../support/community.ts';
import { attempt, one, owner } from '../support/db.ts';
import { createMember, type Member } from '../support/world.ts';

let admin: Member;
let attendee: Member;

beforeAll(async () => {
  [admin, attendee] = await Promise.all([createMember({ role: 'admin' }), createMember()]);
});

const cancel = (eventId: string) =>
  attempt(admin.actor, `select id, status::text from public.cancel_event($1, $2)`, [eventId, 'Intervenante malade']);
const standing = (eventId: string) =>
  one<{ status: string; cancellation_reason: string | null }>(
    'select status::text, cancellation_reason from public.events where id = $1', [eventId]);
const cancelNotices = async (eventId: string) => (await owner(
  `select 1 from public.notifications where user_id = $1 and kind = 'event_cancelled' and data->>'event_id' = $2`,
  [attendee.id, eventId],
)).rowCount;

describe('cancelling an event', () => {
  it('is refused once the event has ended, even before the scheduler marks it completed (22023)', async () => {
    // createEvent gives each event one hour: started 2 h ago has ended, still "scheduled".
    const ended = await createEvent({ startsIn: '-2 hours', title: 'Terminé' });
    await createRegistration(ended, attendee.id);
    const result = await cancel(ended);
    expect(result).toMatchObject({ ok: false, code: '22023' });
    if (!result.ok) expect(result.message).toBe('Un Live passé ne peut plus être annulé.');
    expect(await standing(ended)).toEqual({ status: 'scheduled', cancellation_reason: null });
    expect(await cancelNotices(ended)).toBe(0);
  });

  it('is refused for an event the scheduler has completed', async () => {
    const completed = await createEvent({ startsIn: '-3 hours', status: 'completed' });
    expect(await cancel(completed)).toMatchObject({ ok: false, code: '22023' });
    expect((await standing(completed)).status).toBe('completed');
  });

  it('still works for an event under way or to come, and tells its registrants', async () => {
    for (const startsIn of ['-30 minutes', '2 days']) {
      const event = await createEvent({ startsIn });
      await createRegistration(event, attendee.id);
      expect(await cancel(event)).toMatchObject({ ok: true, rows: [{ id: event, status: 'cancelled' }] });
      expect(await cancelNotices(event)).toBe(1);
    }
  });
});
