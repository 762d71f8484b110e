// Members mark their own notifications read, one or all at once, with the server's time; a read
// notification stays read, and nobody marks another member's.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import { expectOneBroadcastPerNotification } from '../support/notifications.ts';
import { createMember, type Member } from '../support/world.ts';

describe('reading notifications', () => {
  let reader: Member;
  let other: Member;
  let ids: string[];
  let otherId: string;

  const arrange = async (userId: string, title: string) =>
    (await owner<{ id: string }>(
      `insert into public.notifications (user_id, kind, title, link) values ($1, 'event_reminder', $2, '/live/x') returning id`,
      [userId, title],
    )).rows[0]!.id;
  const readAt = async (id: string) =>
    (await owner<{ read_at: Date | null }>(`select read_at from public.notifications where id = $1`, [id])).rows[0]!.read_at;

  beforeAll(async () => {
    [reader, other] = await Promise.all([createMember(), createMember()]);
    ids = [];
    for (const title of ['Un', 'Deux', 'Trois', 'Quatre']) ids.push(await arrange(reader.id, title));
    otherId = await arrange(other.id, 'Autre');
  });

  it('each arranged notification was broadcast once on user:<id>', async () => {
    await expectOneBroadcastPerNotification(reader);
    await expectOneBroadcastPerNotification(other);
  });

  it('marking one read stamps the server time, whatever time the client sends', async () => {
    const rows = await ok(
      attempt<{ read_at: Date; now: Date }>(
        reader.actor,
        `update public.notifications set read_at = '2001-01-01 00:00+00' where id = $1 returning read_at, now() as now`,
        [ids[0]],
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.read_at).toEqual(rows[0]!.now);
    expect(await readAt(ids[1]!)).toBeNull();
  });

  it('a read notification cannot be made unread, nor its read time moved', async () => {
    const stamped = await readAt(ids[0]!);
    expect(stamped).not.toBeNull();
    await ok(attempt(reader.actor, `update public.notifications set read_at = null where id = $1`, [ids[0]]));
    await ok(attempt(reader.actor, `update public.notifications set read_at = now() + interval '1 day' where id = $1`, [ids[0]]));
    expect(await readAt(ids[0]!)).toEqual(stamped);
  });

  it("mark_all_notifications_read marks the caller's unread ones with the server time, and only theirs", async () => {
    const rows = await ok(attempt<{ marked: number; now: Date }>(reader.actor, `select public.mark_all_notifications_read() as marked, now() as now`));
    expect(rows[0]!.marked).toBe(3);
    for (const id of ids.slice(1)) expect(await readAt(id)).toEqual(rows[0]!.now);
    expect(await readAt(otherId)).toBeNull();
    const again = await ok(attempt<{ marked: number }>(reader.actor, `select public.mark_all_notifications_read() as marked`));
    expect(again[0]!.marked).toBe(0);
  });

  it("a member cannot mark another member's notification read", async () => {
    const rows = await ok(attempt(reader.actor, `update public.notifications set read_at = now() where id = $1 returning id`, [otherId]));
    expect(rows).toEqual([]);
    expect(await readAt(otherId)).toBeNull();
  });
});
