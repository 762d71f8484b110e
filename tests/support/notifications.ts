// What a member received, as the notification tests check it: the notification rows, their
// broadcasts on user:<id> and the emails queued for them; and the case files and events that
// cause them, arranged fresh for each test.
import { expect } from 'vitest';
import { createEvent as createScheduledEvent } from './community.ts';
import { attempt, ok, owner } from './db.ts';
import { broadcastsFor } from './realtime.ts';
import { createDossier, createMember, type Member } from './world.ts';

export type Notification = {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
  read_at: Date | null;
};
export type Email = { id: string; to_email: string; template: string; payload: Record<string, unknown>; dedupe_key: string | null };

/** The member's notifications (of `kind`, or all), oldest first. */
export async function notificationsOf(userId: string, kind?: string): Promise<Notification[]> {
  const { rows } = await owner<Notification>(
    `select id, user_id, kind::text, title, body, link, data, read_at from public.notifications
     where user_id = $1 and ($2::text is null or kind::text = $2) order by created_at, id`,
    [userId, kind ?? null],
  );
  return rows;
}

/** The emails queued for the member (of `template`, or all), oldest first. */
export async function emailsOf(userId: string, template?: string): Promise<Email[]> {
  const { rows } = await owner<Email>(
    `select id::text, to_email, template::text, payload, dedupe_key from public.email_outbox
     where user_id = $1 and ($2::text is null or template::text = $2) order by id`,
    [userId, template ?? null],
  );
  return rows;
}

export type Expected = { kind: string; link: string; title?: string | RegExp; body?: string; data?: Record<string, unknown> };

/**
 * `member` received exactly one notification of `kind` as described, broadcast once on
 * user:<id>, and exactly one email of that template to their sign-in address (or none).
 */
export async function expectNotifiedOnce(member: Member, expected: Expected, email: 'email' | 'no email' = 'email'): Promise<Notification> {
  const found = await notificationsOf(member.id, expected.kind);
  expect(found, `${expected.kind} notifications of the recipient`).toHaveLength(1);
  const notification = found[0]!;
  expect(notification).toMatchObject({ link: expected.link, read_at: null });
  if (expected.title !== undefined) {
    if (typeof expected.title === 'string') expect(notification.title).toBe(expected.title);
    else expect(notification.title).toMatch(expected.title);
  }
  if (expected.body !== undefined) expect(notification.body).toBe(expected.body);
  if (expected.data !== undefined) expect(notification.data).toMatchObject(expected.data);

  const broadcasts = (await broadcastsFor(`user:${member.id}`)).filter((b) => b.payload?.id === notification.id);
  expect(broadcasts, 'broadcasts of the notification').toHaveLength(1);
  expect(broadcasts[0]).toMatchObject({
    event: 'notification',
    private: true,
    payload: { kind: expected.kind, link: expected.link, title: notification.title },
  });

  const emails = await emailsOf(member.id, expected.kind);
  if (email === 'no email') {
    expect(emails).toEqual([]);
  } else {
    expect(emails).toHaveLength(1);
    // A chat email says who wrote and when, never what (private.enqueue_chat_email).
    const payload = expected.kind === 'message_received'
      ? { link: expected.link, messages: [expect.objectContaining({ sender_name: expect.any(String) })] }
      : { title: notification.title, body: notification.body, link: expected.link };
    expect(emails[0]).toMatchObject({ to_email: member.email, payload });
    if (expected.kind === 'message_received') expect(JSON.stringify(emails[0]!.payload)).not.toContain(notification.body);
  }
  return notification;
}

/** The member has no notification (of `kind`, or at all) and no email. */
export async function expectNothingFor(member: Member, kind?: string): Promise<void> {
  expect(await notificationsOf(member.id, kind)).toEqual([]);
  expect(await emailsOf(member.id, kind)).toEqual([]);
}

/** Every notification of the member was broadcast exactly once, and nothing else was. */
export async function expectOneBroadcastPerNotification(member: Member): Promise<void> {
  const ids = (await notificationsOf(member.id)).map((n) => n.id).sort();
  const broadcast = (await broadcastsFor(`user:${member.id}`)).map((b) => String(b.payload?.id)).sort();
  expect(broadcast).toEqual(ids);
}

/** An event a week from now (unless `startsIn`), without a seat limit unless given, and without a join link. */
export const createEvent = (options: { capacity?: number | null; startsIn?: string; title?: string } = {}) =>
  createScheduledEvent({ capacity: null, joinUrl: null, title: 'Atelier Arrima', ...options });

export type Case = { candidate: Member; pro: Member; admin: Member; dossier: string };

/** A candidate, the pro assigned to their dossier (in review) and an admin, all fresh. */
export async function caseFile(status = 'in_review'): Promise<Case> {
  const [candidate, pro, admin] = await Promise.all([
    createMember({ fullName: 'Nadia Haddad' }),
    createMember({ role: 'pro', fullName: 'Julien Roy' }),
    createMember({ role: 'admin', fullName: 'Admin Capitune' }),
  ]);
  const dossier = await createDossier(candidate.id, { proId: pro.id, status, title: 'Résidence permanente' });
  return { candidate, pro, admin, dossier };
}

/** A chat message sent by `from` through the API; its new row. */
export const sendMessage = (from: Member, dossier: string, body: string) =>
  ok(attempt<{ id: string }>(from.actor, `insert into public.messages (dossier_id, body) values ($1, $2) returning id`, [dossier, body]));
