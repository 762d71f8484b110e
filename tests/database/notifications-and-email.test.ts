// Notifications and their emails: every trigger writes one notification for the right member with
// the right link, enqueues one email to their sign-in address when the kind deserves one and the
// member wants email, and broadcasts it once on user:<id>. Then reading notifications, the outbox
// functions the send-emails function uses, and the event reminders the scheduler enqueues.
//
// The outbox is shared by every test file and claims take the oldest due emails first, so the
// outbox and reminder tests run inside one transaction each and roll back: nothing they claim or
// enqueue is left for the other files.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, claimsFor, inTransaction, owner, serviceRole, type Query } from '../support/db.ts';
import { broadcastsFor } from '../support/realtime.ts';
import { clearRateLimits, createDocument, createDossier, createMember, type Member } from '../support/world.ts';

type Notification = {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
  read_at: Date | null;
};
type Email = { id: string; to_email: string; template: string; payload: Record<string, unknown>; dedupe_key: string | null };

async function notificationsOf(userId: string, kind?: string): Promise<Notification[]> {
  const { rows } = await owner<Notification>(
    `select id, user_id, kind::text, title, body, link, data, read_at from public.notifications
     where user_id = $1 and ($2::text is null or kind::text = $2) order by created_at, id`,
    [userId, kind ?? null],
  );
  return rows;
}

async function emailsOf(userId: string, template?: string): Promise<Email[]> {
  const { rows } = await owner<Email>(
    `select id::text, to_email, template::text, payload, dedupe_key from public.email_outbox
     where user_id = $1 and ($2::text is null or template::text = $2) order by id`,
    [userId, template ?? null],
  );
  return rows;
}

type Expected = { kind: string; link: string; title?: string | RegExp; body?: string; data?: Record<string, unknown> };

/**
 * `member` received exactly one notification of `kind` as described, broadcast once on
 * user:<id>, and exactly one email of that template to their sign-in address (or none).
 */
async function expectNotifiedOnce(member: Member, expected: Expected, email: 'email' | 'no email' = 'email'): Promise<Notification> {
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
    expect(emails[0]).toMatchObject({
      to_email: member.email,
      payload: { title: notification.title, body: notification.body, link: expected.link },
    });
  }
  return notification;
}

/** The member has no notification (of `kind`, or at all) and no email. */
async function expectNothingFor(member: Member, kind?: string): Promise<void> {
  expect(await notificationsOf(member.id, kind)).toEqual([]);
  expect(await emailsOf(member.id, kind)).toEqual([]);
}

/** Every notification of the member was broadcast exactly once, and nothing else was. */
async function expectOneBroadcastPerNotification(member: Member): Promise<void> {
  const ids = (await notificationsOf(member.id)).map((n) => n.id).sort();
  const broadcast = (await broadcastsFor(`user:${member.id}`)).map((b) => String(b.payload?.id)).sort();
  expect(broadcast).toEqual(ids);
}

async function createEvent(options: { capacity?: number | null; startsIn?: string; title?: string } = {}): Promise<string> {
  const { rows } = await owner<{ id: string }>(
    `insert into public.events (title, starts_at, ends_at, capacity)
     values ($1, now() + $2::interval, now() + $2::interval + interval '1 hour', $3) returning id`,
    [options.title ?? 'Atelier Arrima', options.startsIn ?? '7 days', options.capacity ?? null],
  );
  return rows[0]!.id;
}

async function ok<R extends Record<string, unknown>>(result: Promise<import('../support/db.ts').Attempt<R>>): Promise<R[]> {
  const settled = await result;
  expect(settled).toMatchObject({ ok: true });
  return settled.ok ? settled.rows : [];
}

type Case = { candidate: Member; pro: Member; admin: Member; dossier: string };

/** A candidate, the pro assigned to their dossier (in review) and an admin, all fresh. */
async function caseFile(status = 'in_review'): Promise<Case> {
  const [candidate, pro, admin] = await Promise.all([
    createMember({ fullName: 'Nadia Haddad' }),
    createMember({ role: 'pro', fullName: 'Julien Roy' }),
    createMember({ role: 'admin', fullName: 'Admin Capitune' }),
  ]);
  const dossier = await createDossier(candidate.id, { proId: pro.id, status, title: 'Résidence permanente' });
  return { candidate, pro, admin, dossier };
}

const sendMessage = (from: Member, dossier: string, body: string) =>
  ok(attempt<{ id: string }>(from.actor, `insert into public.messages (dossier_id, body) values ($1, $2) returning id`, [dossier, body]));

describe('a new chat message', () => {
  it("the candidate's message notifies the assigned pro once, with a link to the dossier, and not the candidate", async () => {
    const c = await caseFile();
    const [message] = await sendMessage(c.candidate, c.dossier, 'Voici mon relevé de notes.');
    await expectNotifiedOnce(c.pro, {
      kind: 'message_received',
      link: `/dossiers/${c.dossier}`,
      title: 'Nouveau message de Nadia Haddad',
      body: 'Voici mon relevé de notes.',
      data: { dossier_id: c.dossier, message_id: message!.id, sender_name: 'Nadia Haddad' },
    });
    await expectNothingFor(c.candidate);
    await expectNothingFor(c.admin);
  });

  it("the pro's message notifies the candidate once, and not the pro", async () => {
    const c = await caseFile();
    await sendMessage(c.pro, c.dossier, 'Il manque votre certificat de police.');
    await expectNotifiedOnce(c.candidate, {
      kind: 'message_received',
      link: `/dossiers/${c.dossier}`,
      title: 'Nouveau message de Julien Roy',
      body: 'Il manque votre certificat de police.',
    });
    await expectNothingFor(c.pro);
  });

  it("an admin's message notifies both the candidate and the assigned pro, once each", async () => {
    const c = await caseFile();
    await sendMessage(c.admin, c.dossier, 'Votre dossier change de conseillère.');
    for (const recipient of [c.candidate, c.pro]) {
      await expectNotifiedOnce(recipient, { kind: 'message_received', link: `/dossiers/${c.dossier}`, title: 'Nouveau message de Admin Capitune' });
    }
    await expectNothingFor(c.admin);
  });

  it('a long message is cut to 140 characters in the notification', async () => {
    const c = await caseFile();
    await sendMessage(c.candidate, c.dossier, 'é'.repeat(300));
    const [n] = await notificationsOf(c.pro.id, 'message_received');
    expect(n!.body).toBe('é'.repeat(140));
  });
});

describe('a document review', () => {
  it('an approved document notifies the candidate once, and not the reviewing pro', async () => {
    const c = await caseFile();
    const doc = await createDocument(c.dossier, c.candidate.id, { fileName: 'passeport.pdf' });
    await ok(attempt(c.pro.actor, `select id from public.review_document($1, 'approved')`, [doc.id]));
    await expectNotifiedOnce(c.candidate, {
      kind: 'document_reviewed',
      link: `/dossiers/${c.dossier}`,
      title: 'Document approuvé : passeport.pdf',
      body: '',
      data: { document_id: doc.id, decision: 'approved', reason: null },
    });
    await expectNothingFor(c.pro);
  });

  it('a rejected document notifies the candidate once with the reason', async () => {
    const c = await caseFile();
    const doc = await createDocument(c.dossier, c.candidate.id, { fileName: 'tef.pdf' });
    await ok(attempt(c.admin.actor, `select id from public.review_document($1, 'rejected', $2)`, [doc.id, '  Résultats expirés.  ']));
    await expectNotifiedOnce(c.candidate, {
      kind: 'document_reviewed',
      link: `/dossiers/${c.dossier}`,
      title: 'Document refusé : tef.pdf',
      body: 'Résultats expirés.',
      data: { document_id: doc.id, decision: 'rejected', reason: 'Résultats expirés.' },
    });
    await expectNothingFor(c.pro);
    await expectNothingFor(c.admin);
  });
});

describe('a dossier status change', () => {
  const move = (who: Member, dossier: string, to: string, note: string | null = null) =>
    ok(attempt(who.actor, `select id from public.change_dossier_status($1, $2, $3)`, [dossier, to, note]));

  it('the candidate submitting notifies the assigned pro, not the candidate', async () => {
    const c = await caseFile('draft');
    await move(c.candidate, c.dossier, 'submitted');
    await expectNotifiedOnce(c.pro, {
      kind: 'dossier_status_changed',
      link: `/dossiers/${c.dossier}`,
      title: 'Dossier « Résidence permanente » : soumis',
      data: { dossier_id: c.dossier, from: 'draft', to: 'submitted' },
    });
    await expectNothingFor(c.candidate);
  });

  it("the pro's request for action notifies the candidate with the note, not the pro", async () => {
    const c = await caseFile('in_review');
    await move(c.pro, c.dossier, 'action_required', 'Ajoutez la lettre de l’employeur.');
    await expectNotifiedOnce(c.candidate, {
      kind: 'dossier_status_changed',
      link: `/dossiers/${c.dossier}`,
      title: 'Dossier « Résidence permanente » : action requise',
      body: 'Ajoutez la lettre de l’employeur.',
      data: { from: 'in_review', to: 'action_required', note: 'Ajoutez la lettre de l’employeur.' },
    });
    await expectNothingFor(c.pro);
  });

  it("an admin's decision notifies both the candidate and the assigned pro", async () => {
    const c = await caseFile('in_review');
    await move(c.admin, c.dossier, 'approved');
    for (const recipient of [c.candidate, c.pro]) {
      await expectNotifiedOnce(recipient, {
        kind: 'dossier_status_changed',
        link: `/dossiers/${c.dossier}`,
        title: 'Dossier « Résidence permanente » : approuvé',
      });
    }
    await expectNothingFor(c.admin);
  });

  it('creating a dossier notifies nobody', async () => {
    const candidate = await createMember();
    const created = await ok(
      attempt<{ id: string }>(candidate.actor, `insert into public.dossiers (program_type, title) values ('study_permit', 'Études') returning id`),
    );
    expect(created).toHaveLength(1);
    await expectNothingFor(candidate);
  });
});

describe('Live events', () => {
  it('taking a seat, joining the waitlist and being promoted each notify the member once, with a link to the event', async () => {
    const [first, second] = await Promise.all([createMember(), createMember()]);
    const event = await createEvent({ capacity: 1, title: 'Permis d’études' });
    const link = `/live/${event}`;
    await ok(attempt(first.actor, `select id from public.register_for_event($1)`, [event]));
    await ok(attempt(second.actor, `select id from public.register_for_event($1)`, [event]));
    await expectNotifiedOnce(first, { kind: 'event_registered', link, title: 'Inscription confirmée : « Permis d’études »', data: { event_id: event } });
    await expectNotifiedOnce(second, { kind: 'event_waitlisted', link, title: "Liste d'attente : « Permis d’études »" });
    await expectNothingFor(second, 'event_promoted');

    await clearRateLimits(first.id); // one registration change per second per member
    await ok(attempt(first.actor, `select public.unregister_from_event($1)`, [event]));
    await expectNotifiedOnce(second, { kind: 'event_promoted', link, title: "Une place s'est libérée : « Permis d’études »" });
    await expectNothingFor(first, 'event_promoted');
    // Registering again when already registered changes nothing and tells nobody again.
    await ok(attempt(second.actor, `select id from public.register_for_event($1)`, [event]));
    expect(await notificationsOf(second.id)).toHaveLength(2);
    await expectOneBroadcastPerNotification(first);
    await expectOneBroadcastPerNotification(second);
  });

  it('cancelling an event notifies every registrant, seated or waitlisted, with the reason, and nobody else', async () => {
    const [seated1, seated2, waiting, outsider, admin] = await Promise.all([
      createMember(),
      createMember(),
      createMember(),
      createMember(),
      createMember({ role: 'admin' }),
    ]);
    const event = await createEvent({ capacity: 2, title: 'Parrainage familial' });
    for (const m of [seated1, seated2, waiting]) await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
    await ok(attempt(admin.actor, `select id from public.cancel_event($1, $2)`, [event, ' Intervenante malade ']));
    for (const m of [seated1, seated2, waiting]) {
      await expectNotifiedOnce(m, {
        kind: 'event_cancelled',
        link: `/live/${event}`,
        title: 'Événement annulé : « Parrainage familial »',
        body: 'Intervenante malade',
        data: { event_id: event, reason: 'Intervenante malade' },
      });
    }
    await expectNothingFor(outsider);
    await expectNothingFor(admin, 'event_cancelled');
  });
});

describe('Inside replies', () => {
  async function postBy(author: Member): Promise<string> {
    const { rows } = await owner<{ id: string }>(
      `insert into public.posts (author_id, title, body) values ($1, 'Délais IRCC', 'Quels délais pour la RP ?') returning id`,
      [author.id],
    );
    return rows[0]!.id;
  }

  it("a comment by someone else notifies the post's author once, with a link to the post, and sends no email", async () => {
    const [author, replier] = await Promise.all([createMember(), createMember({ fullName: 'Kofi Mensah' })]);
    const post = await postBy(author);
    const [comment] = await ok(
      attempt<{ id: string }>(replier.actor, `insert into public.comments (post_id, body) values ($1, $2) returning id`, [post, 'Environ six mois.']),
    );
    await expectNotifiedOnce(
      author,
      {
        kind: 'post_reply',
        link: `/inside/${post}`,
        title: 'Kofi Mensah a répondu à votre publication',
        body: 'Environ six mois.',
        data: { post_id: post, comment_id: comment!.id },
      },
      'no email',
    );
    expect(await emailsOf(author.id)).toEqual([]);
    await expectNothingFor(replier);
  });

  it('the author commenting on their own post notifies nobody', async () => {
    const author = await createMember();
    const post = await postBy(author);
    await ok(attempt(author.actor, `insert into public.comments (post_id, body) values ($1, 'Mise à jour : reçu !')`, [post]));
    await expectNothingFor(author);
  });
});

describe('email preferences', () => {
  it('a member who turned email off still gets the notification and its broadcast, but no email', async () => {
    const c = await caseFile();
    await ok(attempt(c.candidate.actor, `update public.accounts set email_notifications = false where user_id = $1 returning user_id`, [c.candidate.id]));
    await sendMessage(c.pro, c.dossier, 'Votre dossier avance.');
    const event = await createEvent();
    await ok(attempt(c.candidate.actor, `select id from public.register_for_event($1)`, [event]));
    await expectNotifiedOnce(c.candidate, { kind: 'message_received', link: `/dossiers/${c.dossier}` }, 'no email');
    await expectNotifiedOnce(c.candidate, { kind: 'event_registered', link: `/live/${event}` }, 'no email');
    expect(await emailsOf(c.candidate.id)).toEqual([]);
  });

  it('the email goes to the address the member signs in with, as it is at the time', async () => {
    const c = await caseFile();
    await owner(`update auth.users set email = $2 where id = $1`, [c.candidate.id, `nouvelle-${c.candidate.email}`]);
    await sendMessage(c.pro, c.dossier, 'Nouvelle adresse ?');
    const emails = await emailsOf(c.candidate.id, 'message_received');
    expect(emails.map((e) => e.to_email)).toEqual([`nouvelle-${c.candidate.email}`]);
  });

  it('a suspended member gets no email', async () => {
    const c = await caseFile();
    await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [c.candidate.id]);
    await sendMessage(c.pro, c.dossier, 'Message pendant la suspension.');
    expect(await notificationsOf(c.candidate.id, 'message_received')).toHaveLength(1);
    expect(await emailsOf(c.candidate.id)).toEqual([]);
  });
});

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

// ---------------------------------------------------------------------------------------------
// The outbox functions, as the send-emails function calls them (service_role), in a transaction
// that is rolled back. Arranging switches to the owner role for a statement and back.

type Outbox = {
  q: Query;
  asOwner: <R extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;
  enqueue: () => Promise<string>;
  /** Claims (largest batches) until `id` comes back or nothing is left; returns its row or undefined. */
  claim: (id: string, lease?: string) => Promise<OutboxRow | undefined>;
  row: (id: string) => Promise<OutboxRow>;
};
type OutboxRow = {
  id: string;
  status: string;
  attempts: number;
  locked_now: boolean;
  locked: boolean;
  sent_now: boolean;
  wait_minutes: number;
  last_error: string | null;
};

let recipient: Member;
beforeAll(async () => {
  recipient = await createMember();
});

async function withOutbox(fn: (o: Outbox) => Promise<void>): Promise<void> {
  const settings: [string, string][] = [
    ['role', 'service_role'],
    ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))],
  ];
  const columns = `id::text, status::text, attempts, locked_at = now() as locked_now, locked_at is not null as locked,
    coalesce(sent_at = now(), false) as sent_now,
    round(extract(epoch from next_attempt_at - now()) / 60)::int as wait_minutes, last_error`;
  await inTransaction(
    settings,
    async (q) => {
      const asOwner = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => {
        await q.query('set local role postgres');
        try {
          return (await q.query<R>(sql, params)).rows;
        } finally {
          await q.query('set local role service_role');
        }
      };
      const o: Outbox = {
        q,
        asOwner,
        enqueue: async () =>
          (await asOwner<{ id: string }>(
            `insert into public.email_outbox (user_id, to_email, template, payload)
             values ($1, $2, 'document_reviewed', '{"title": "Document approuvé"}') returning id::text`,
            [recipient.id, recipient.email],
          ))[0]!.id,
        claim: async (id, lease = '5 minutes') => {
          for (;;) {
            const { rows } = await q.query<OutboxRow>(`select ${columns} from public.claim_email_batch(500, $1::interval)`, [lease]);
            const mine = rows.find((r) => r.id === id);
            if (mine || rows.length === 0) return mine;
          }
        },
        row: async (id) => (await asOwner<OutboxRow>(`select ${columns} from public.email_outbox where id = $1`, [id]))[0]!,
      };
      await fn(o);
    },
    { rollback: true },
  );
}

describe('the email outbox functions', () => {
  it('a claim leases the email (sending, attempt counted, locked now) and mark_email_sent closes it for good', async () => {
    await withOutbox(async (o) => {
      const id = await o.enqueue();
      expect(await o.row(id)).toMatchObject({ status: 'pending', attempts: 0, locked: false });
      expect(await o.claim(id)).toMatchObject({ status: 'sending', attempts: 1, locked_now: true });
      // A live lease is not handed out twice.
      expect(await o.claim(id)).toBeUndefined();

      await o.q.query(`select public.mark_email_sent($1)`, [id]);
      expect(await o.row(id)).toMatchObject({ status: 'sent', attempts: 1, locked: false, sent_now: true, last_error: null });
      expect(await o.claim(id)).toBeUndefined();
      // A late failure report for a sent email changes nothing.
      const { rows } = await o.q.query(`select public.mark_email_failed($1, 'trop tard') as status`, [id]);
      expect(rows[0]!.status).toBeNull();
      expect(await o.row(id)).toMatchObject({ status: 'sent', last_error: null });
    });
  });

  it('mark_email_sent only closes an email that is being sent', async () => {
    await withOutbox(async (o) => {
      const id = await o.enqueue();
      await o.q.query(`select public.mark_email_sent($1)`, [id]);
      expect(await o.row(id)).toMatchObject({ status: 'pending', sent_now: false });
    });
  });

  it('failures back off 1, 2, 4 then 8 minutes, and the fifth failure makes the email dead', async () => {
    await withOutbox(async (o) => {
      const id = await o.enqueue();
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect(await o.claim(id), `claim ${attempt}`).toMatchObject({ attempts: attempt, status: 'sending' });
        const { rows } = await o.q.query<{ status: string }>(`select public.mark_email_failed($1, $2) as status`, [id, `HTTP 503 (${attempt})`]);
        const row = await o.row(id);
        expect(row).toMatchObject({ status: rows[0]!.status, locked: false, last_error: `HTTP 503 (${attempt})` });
        if (attempt < 5) {
          expect(row.status).toBe('pending');
          waits.push(row.wait_minutes);
          // Not due yet: no claim returns it before its next attempt time.
          expect(await o.claim(id)).toBeUndefined();
          await o.asOwner(`update public.email_outbox set next_attempt_at = now() - interval '1 second' where id = $1`, [id]);
        } else {
          expect(row.status).toBe('dead');
        }
      }
      expect(waits).toEqual([1, 2, 4, 8]);
      // A dead email is never claimed again, even once its time has passed.
      await o.asOwner(`update public.email_outbox set next_attempt_at = now() - interval '1 day' where id = $1`, [id]);
      expect(await o.claim(id)).toBeUndefined();
    });
  });

  it('the back-off never exceeds one hour, and max_attempts sets when an email dies', async () => {
    await withOutbox(async (o) => {
      const id = await o.enqueue();
      await o.asOwner(`update public.email_outbox set attempts = 8 where id = $1`, [id]);
      expect(await o.claim(id)).toMatchObject({ attempts: 9 });
      const { rows } = await o.q.query(`select public.mark_email_failed($1, 'boîte pleine', 10) as status`, [id]);
      expect(rows[0]!.status).toBe('pending');
      expect(await o.row(id)).toMatchObject({ wait_minutes: 60 });

      const other = await o.enqueue();
      expect(await o.claim(other)).toMatchObject({ attempts: 1 });
      const dead = await o.q.query(`select public.mark_email_failed($1, 'adresse invalide', 1) as status`, [other]);
      expect(dead.rows[0]!.status).toBe('dead');
    });
  });

  it('an expired lease (the sender crashed) makes the email claimable again; a live lease does not', async () => {
    await withOutbox(async (o) => {
      const id = await o.enqueue();
      expect(await o.claim(id)).toMatchObject({ attempts: 1 });
      await o.asOwner(`update public.email_outbox set locked_at = now() - interval '4 minutes' where id = $1`, [id]);
      expect(await o.claim(id)).toBeUndefined();
      await o.asOwner(`update public.email_outbox set locked_at = now() - interval '6 minutes' where id = $1`, [id]);
      expect(await o.claim(id)).toMatchObject({ status: 'sending', attempts: 2, locked_now: true });
      // The lease length is the caller's: one minute already expired a lease taken two minutes ago.
      await o.asOwner(`update public.email_outbox set locked_at = now() - interval '2 minutes' where id = $1`, [id]);
      expect(await o.claim(id, '1 minute')).toMatchObject({ attempts: 3, locked_now: true });
    });
  });

  it('an email whose lease expires on its last attempt is given up as dead, not claimed forever', async () => {
    await withOutbox(async (o) => {
      const id = await o.enqueue();
      await o.asOwner(`update public.email_outbox set attempts = 4 where id = $1`, [id]);
      expect(await o.claim(id)).toMatchObject({ attempts: 5, status: 'sending' });
      await o.asOwner(`update public.email_outbox set locked_at = now() - interval '6 minutes' where id = $1`, [id]);
      expect(await o.claim(id)).toBeUndefined();
      expect(await o.row(id)).toMatchObject({ status: 'dead', attempts: 5, locked: false });
    });
  });

  it('a claim takes at most the batch size, oldest first', async () => {
    await withOutbox(async (o) => {
      const first = await o.enqueue();
      const second = await o.enqueue();
      // Drain everything due before ours, then claim one at a time.
      for (;;) {
        const { rows } = await o.q.query<{ id: string }>(`select id::text from public.claim_email_batch(1)`);
        expect(rows.length).toBeLessThanOrEqual(1);
        if (rows.length === 0) throw new Error('our emails were never claimed');
        if (rows[0]!.id === first) break;
        expect(rows[0]!.id).not.toBe(second);
      }
      const { rows } = await o.q.query<{ id: string }>(`select id::text from public.claim_email_batch(1)`);
      expect(rows.map((r) => r.id)).toEqual([second]);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('event reminders', () => {
  let tomorrow: string;
  let soon: string;
  let later: string;
  let seated: Member;
  let quiet: Member;
  let waiting: Member;

  beforeAll(async () => {
    [seated, quiet, waiting] = await Promise.all([createMember(), createMember(), createMember()]);
    await owner(`update public.accounts set email_notifications = false where user_id = $1`, [quiet.id]);
    tomorrow = await createEvent({ capacity: 2, startsIn: '20 hours', title: 'Entrée express 2027' });
    soon = await createEvent({ capacity: 2, startsIn: '40 minutes', title: 'Questions-réponses' });
    later = await createEvent({ capacity: 2, startsIn: '3 days', title: 'Plus tard' });
    for (const event of [tomorrow, soon, later]) {
      await Promise.all([seated, quiet, waiting].map((m) => clearRateLimits(m.id))); // one registration per second per member
      for (const m of [seated, quiet, waiting]) await ok(attempt(m.actor, `select id from public.register_for_event($1)`, [event]));
    }
  });

  it('run twice, enqueue_event_reminders gives each seated registrant one 24 h and one 1 h reminder, emailed once', async () => {
    const settings: [string, string][] = [
      ['role', 'service_role'],
      ['request.jwt.claims', JSON.stringify(await claimsFor(serviceRole))],
    ];
    await inTransaction(
      settings,
      async (q) => {
        type Reminder = { user_id: string; event_id: string; lead: string; title: string; link: string; n: number };
        const reminders = async () => {
          await q.query('set local role postgres');
          const notifications = await q.query<Reminder>(
            `select user_id, data ->> 'event_id' as event_id, data ->> 'lead' as lead, title, link, count(*)::int as n
             from public.notifications
             where kind = 'event_reminder' and user_id = any($1::uuid[])
             group by 1, 2, 3, 4, 5 order by 1, 2, 3`,
            [[seated.id, quiet.id, waiting.id]],
          );
          const emails = await q.query<{ user_id: string; to_email: string; dedupe_key: string; n: number }>(
            `select user_id, to_email, dedupe_key, count(*)::int as n from public.email_outbox
             where template = 'event_reminder' and user_id = any($1::uuid[]) group by 1, 2, 3 order by 1, 3`,
            [[seated.id, quiet.id, waiting.id]],
          );
          const broadcasts = await q.query<{ n: number }>(
            `select count(*)::int as n from realtime.messages where topic = $1 and payload ->> 'kind' = 'event_reminder'`,
            [`user:${seated.id}`],
          );
          await q.query('set local role service_role');
          const byKey = <T,>(key: (r: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
          return {
            notifications: notifications.rows.sort(byKey((r: Reminder) => r.user_id + r.event_id)),
            emails: emails.rows.sort(byKey((r: { dedupe_key: string }) => r.dedupe_key)),
            broadcasts: broadcasts.rows[0]!.n,
          };
        };

        await q.query(`select public.enqueue_event_reminders() as n`);
        const afterFirst = await reminders();
        await q.query(`select public.enqueue_event_reminders() as n`);
        const afterSecond = await reminders();
        expect(afterSecond).toEqual(afterFirst);

        const expected = (m: Member) => [
          { user_id: m.id, event_id: soon, lead: '1h', title: 'Dans une heure : « Questions-réponses »', link: `/live/${soon}`, n: 1 },
          { user_id: m.id, event_id: tomorrow, lead: '24h', title: 'Rappel : « Entrée express 2027 »', link: `/live/${tomorrow}`, n: 1 },
        ].sort((a, b) => a.event_id.localeCompare(b.event_id));
        const byUser = (id: string) => afterFirst.notifications.filter((r) => r.user_id === id);
        expect(byUser(seated.id)).toEqual(expected(seated));
        expect(byUser(quiet.id)).toEqual(expected(quiet));
        expect(byUser(waiting.id)).toEqual([]); // waitlisted: no seat, no reminder
        expect(afterFirst.emails).toEqual(
          [
            { user_id: seated.id, to_email: seated.email, dedupe_key: `reminder:${soon}:${seated.id}:1h`, n: 1 },
            { user_id: seated.id, to_email: seated.email, dedupe_key: `reminder:${tomorrow}:${seated.id}:24h`, n: 1 },
          ].sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key)),
        );
        expect(afterFirst.broadcasts).toBe(2);
      },
      { rollback: true },
    );
  });
});
