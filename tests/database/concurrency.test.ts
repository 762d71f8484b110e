// Concurrency on real parallel connections (one server backend each): 200 members registering at
// once for a 50-seat event, 100 members liking and unliking one post, and several email senders
// claiming from the outbox at the same moment.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner, serviceRole } from '../support/db.ts';
import {
  beginRequest,
  checkout,
  parallelPool,
  releaseAll,
  requestOn,
  requestSettings,
  spareConnections,
  type RequestSettings,
} from '../support/parallel.ts';
import { createMember, type Member } from '../support/world.ts';

const MEMBERS = 200;
const SEATS = 50;

let pool: pg.Pool;
let poolSize: number;
let members: Member[];
let settingsOf: Map<string, RequestSettings>;

beforeAll(async () => {
  const budget = await spareConnections(50);
  poolSize = budget.size;
  console.log(
    `concurrency: ${poolSize} parallel connections (server max_connections ${budget.maxConnections}, ${budget.inUse} in use before)`,
  );
  pool = parallelPool(poolSize);
  members = await Promise.all(Array.from({ length: MEMBERS }, (_, i) => createMember({ fullName: `Participant ${i + 1}` })));
  // Claims are read from auth.users: compute them all before any race.
  settingsOf = new Map(await Promise.all(members.map(async (m) => [m.id, await requestSettings(m.actor)] as const)));
});

afterAll(async () => {
  await pool?.end();
  // The registration emails of this file's members would otherwise wait in the queue forever.
  if (members) await owner(`delete from public.email_outbox where user_id = any($1::uuid[])`, [members.map((m) => m.id)]);
});

/**
 * Runs `jobs` over `clients` in parallel: each client opens its first request, then all of them
 * fire at the same moment; a client that finishes takes the next job. Errors are collected.
 */
async function race<J>(
  clients: pg.PoolClient[],
  jobs: J[],
  settings: (job: J) => RequestSettings,
  run: (q: pg.PoolClient, job: J) => Promise<void>,
): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  const take = () => (next < jobs.length ? jobs[next++] : undefined);
  const first = clients.map(() => take());
  await Promise.all(clients.map((client, i) => (first[i] === undefined ? undefined : beginRequest(client, settings(first[i]!)))));
  await Promise.all(
    clients.map(async (client, i) => {
      let job = first[i];
      let begun = true;
      while (job !== undefined) {
        try {
          if (!begun) await beginRequest(client, settings(job));
          await run(client, job);
          await client.query('commit');
        } catch (error) {
          errors.push(error);
          await client.query('rollback').catch(() => undefined);
        }
        job = take();
        begun = false;
      }
    }),
  );
  return errors;
}

describe('200 members register at the same moment for a 50-seat event', () => {
  let eventId: string;
  const returned = new Map<string, { id: string; status: string }>();
  let raceErrors: unknown[];

  type Registration = { id: string; user_id: string; status: string; promoted_at: Date | null };
  const registrations = async () =>
    (await owner<Registration>(
      `select r.id::text as id, r.user_id, r.status, r.promoted_at
       from public.event_registrations r where r.event_id = $1 order by r.id`,
      [eventId],
    )).rows;
  const counters = async () =>
    (await owner<{ registered_count: number; waitlist_count: number }>(
      `select registered_count, waitlist_count from public.events where id = $1`,
      [eventId],
    )).rows[0];

  beforeAll(async () => {
    const { rows } = await owner<{ id: string }>(
      `insert into public.events (title, description, starts_at, ends_at, capacity)
       values ('Webinaire : réussir son Entrée express', 'Places limitées', now() + interval '7 days',
               now() + interval '7 days 1 hour', $1)
       returning id`,
      [SEATS],
    );
    eventId = rows[0]!.id;
    const clients = await checkout(pool, poolSize);
    try {
      raceErrors = await race(clients, members, (m) => settingsOf.get(m.id)!, async (q, m) => {
        const result = await q.query<{ id: string; status: string }>(
          `select id::text, status from public.register_for_event($1)`,
          [eventId],
        );
        returned.set(m.id, result.rows[0]!);
      });
    } finally {
      releaseAll(clients);
    }
  });

  it('every registration succeeds: no error, no deadlock, one row per member', async () => {
    expect(raceErrors).toEqual([]);
    expect(returned.size).toBe(MEMBERS);
    const rows = await registrations();
    expect(rows).toHaveLength(MEMBERS);
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set(members.map((m) => m.id)));
  });

  it('exactly 50 members take a seat and the other 150 are waitlisted', async () => {
    const rows = await registrations();
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(SEATS);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(MEMBERS - SEATS);
    // What each caller was told matches what was stored.
    for (const r of rows) expect(returned.get(r.user_id)).toEqual({ id: r.id, status: r.status });
  });

  it("the event's registered_count and waitlist_count equal the true rows", async () => {
    const rows = await registrations();
    expect(await counters()).toEqual({
      registered_count: rows.filter((r) => r.status === 'registered').length,
      waitlist_count: rows.filter((r) => r.status === 'waitlisted').length,
    });
  });

  it('seats go in arrival order: the registered hold exactly the 50 smallest registration ids', async () => {
    const rows = await registrations(); // ordered by id = arrival
    expect(rows.slice(0, SEATS).every((r) => r.status === 'registered')).toBe(true);
    expect(rows.slice(SEATS).every((r) => r.status === 'waitlisted')).toBe(true);
  });

  it('waitlist positions run 1..150 in arrival order, for each member and in the admin attendee list', async () => {
    const waitlisted = (await registrations()).filter((r) => r.status === 'waitlisted');
    const positions = new Map<string, number>();
    const clients = await checkout(pool, Math.min(poolSize, 10));
    try {
      let next = 0;
      await Promise.all(
        clients.map(async (client) => {
          while (next < waitlisted.length) {
            const r = waitlisted[next++]!;
            const { rows } = await requestOn(client, settingsOf.get(r.user_id)!, (q) =>
              q.query<{ position: number }>(`select public.event_waitlist_position($1) as position`, [eventId]),
            );
            positions.set(r.user_id, rows[0]!.position);
          }
        }),
      );
    } finally {
      releaseAll(clients);
    }
    expect(waitlisted.map((r) => positions.get(r.user_id))).toEqual(waitlisted.map((_, i) => i + 1));

    const admin = await createMember({ role: 'admin' });
    const listed = await attempt<{ user_id: string; status: string; waitlist_position: number | null }>(
      admin.actor,
      `select user_id, status, waitlist_position from public.event_attendees($1)`,
      [eventId],
    );
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    const listedWaitlist = listed.rows.filter((r) => r.status === 'waitlisted');
    expect(listedWaitlist.map((r) => [r.user_id, r.waitlist_position])).toEqual(waitlisted.map((r, i) => [r.user_id, i + 1]));
  });

  it('each member is told once whether they got a seat or a waitlist place', async () => {
    const { rows } = await owner<{ user_id: string; kind: string; n: number }>(
      `select user_id, kind::text, count(*)::int as n from public.notifications
       where data ->> 'event_id' = $1::text group by 1, 2`,
      [eventId],
    );
    const byUser = new Map(rows.map((r) => [r.user_id, r]));
    expect(rows).toHaveLength(MEMBERS);
    for (const r of await registrations()) {
      expect(byUser.get(r.user_id)).toMatchObject({
        kind: r.status === 'registered' ? 'event_registered' : 'event_waitlisted',
        n: 1,
      });
    }
  });

  it('a registered member who leaves frees a seat for waitlist #1, who is promoted and told', async () => {
    const before = await registrations();
    const leaving = before.filter((r) => r.status === 'registered')[9]!;
    const first = before.filter((r) => r.status === 'waitlisted')[0]!;
    const second = before.filter((r) => r.status === 'waitlisted')[1]!;
    const memberOf = (id: string) => members.find((m) => m.id === id)!;

    const result = await attempt(memberOf(leaving.user_id).actor, `select public.unregister_from_event($1)`, [eventId]);
    expect(result.ok).toBe(true);

    const after = await registrations();
    expect(after.find((r) => r.user_id === leaving.user_id)).toBeUndefined();
    expect(after.find((r) => r.user_id === first.user_id)).toMatchObject({ status: 'registered', promoted_at: expect.any(Date) });
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(SEATS);
    expect(after.filter((r) => r.promoted_at !== null).map((r) => r.user_id)).toEqual([first.user_id]);
    expect(await counters()).toEqual({ registered_count: SEATS, waitlist_count: MEMBERS - SEATS - 1 });

    const promoted = await owner<{ user_id: string; link: string }>(
      `select user_id, link from public.notifications where kind = 'event_promoted' and data ->> 'event_id' = $1::text`,
      [eventId],
    );
    expect(promoted.rows).toEqual([{ user_id: first.user_id, link: `/live/${eventId}` }]);

    const position = await attempt<{ position: number }>(
      memberOf(second.user_id).actor,
      `select public.event_waitlist_position($1) as position`,
      [eventId],
    );
    expect(position).toMatchObject({ ok: true, rows: [{ position: 1 }] });
  });
});

describe('100 members like and unlike the same post in parallel', () => {
  const ROUNDS = 6;
  let postId: string;

  const state = async () =>
    (await owner<{ like_count: number; true_count: number }>(
      `select p.like_count, (select count(*)::int from public.post_likes l where l.post_id = p.id) as true_count
       from public.posts p where p.id = $1`,
      [postId],
    )).rows[0]!;

  beforeAll(async () => {
    const author = await createMember({ fullName: 'Autrice du fil' });
    const { rows } = await owner<{ id: string }>(
      `insert into public.posts (author_id, title, body) values ($1, 'Question CAQ', 'Combien de temps pour le CAQ ?') returning id`,
      [author.id],
    );
    postId = rows[0]!.id;
  });

  it(`like_count equals the true number of likes after each of ${ROUNDS} rounds of random likes and unlikes`, async () => {
    const likers = members.slice(0, 100);
    const liked = new Set<string>();
    const clients = await checkout(pool, poolSize);
    try {
      for (let round = 0; round < ROUNDS; round++) {
        // The first round likes for everyone, so later rounds unlike real rows under contention.
        const ops = likers.map((m) => ({ member: m, like: round === 0 || Math.random() < 0.5 }));
        // A like or an unlike is limited to one per second per member: each round starts clean.
        await owner('delete from private.rate_limits where user_id = any($1::uuid[])', [likers.map((m) => m.id)]);
        const errors = await race(clients, ops, (op) => settingsOf.get(op.member.id)!, async (q, op) => {
          if (op.like) {
            await q.query(`insert into public.post_likes (post_id) values ($1) on conflict do nothing`, [postId]);
          } else {
            await q.query(`delete from public.post_likes where post_id = $1`, [postId]);
          }
        });
        expect(errors).toEqual([]);
        for (const op of ops) {
          if (op.like) liked.add(op.member.id);
          else liked.delete(op.member.id);
        }
        expect(await state(), `after round ${round + 1}`).toEqual({ like_count: liked.size, true_count: liked.size });
      }
    } finally {
      releaseAll(clients);
    }
    const { rows } = await owner<{ user_id: string }>(`select user_id from public.post_likes where post_id = $1`, [postId]);
    expect(new Set(rows.map((r) => r.user_id))).toEqual(liked);
  });
});

describe('several email senders claim from the outbox at the same moment', () => {
  const EMAILS = 300;
  const SENDERS = 4;
  let mine: string[];

  beforeAll(async () => {
    const recipient = members[0]!;
    const { rows } = await owner<{ id: string }>(
      `insert into public.email_outbox (user_id, to_email, template, payload)
       select $1, $2, 'message_received', jsonb_build_object('n', g) from generate_series(1, $3::int) g
       returning id::text`,
      [recipient.id, recipient.email, EMAILS],
    );
    mine = rows.map((r) => r.id);
  });

  afterAll(async () => {
    await owner(`delete from public.email_outbox where id = any($1::bigint[])`, [mine]);
  });

  it(`${SENDERS} concurrent claim_email_batch callers never claim an email twice and together claim them all`, async () => {
    const serviceSettings = await requestSettings(serviceRole);
    const wanted = new Set(mine);
    const claimedBy: string[][] = Array.from({ length: SENDERS }, () => []);
    const seen = new Set<string>();
    const clients = await checkout(pool, SENDERS);
    try {
      // Each sender keeps its claims in an open transaction (its leases are live row locks), so the
      // others must skip them; all of them roll back at the end, leaving the queue as it was.
      await Promise.all(clients.map((client) => beginRequest(client, serviceSettings)));
      const deadline = Date.now() + 20_000;
      await Promise.all(
        clients.map(async (client, i) => {
          // Other files' senders may briefly hold some of these rows: keep claiming until all are taken.
          while ([...wanted].some((id) => !seen.has(id))) {
            if (Date.now() > deadline) throw new Error('emails left unclaimed after 20 s');
            const { rows } = await client.query<{ id: string }>(`select id::text from public.claim_email_batch(20)`);
            for (const { id } of rows) {
              claimedBy[i]!.push(id);
              seen.add(id);
            }
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.query('rollback').catch(() => undefined)));
      releaseAll(clients);
    }
    const all = claimedBy.flat();
    expect(all.length, 'an email was claimed twice').toBe(new Set(all).size);
    expect([...wanted].filter((id) => !seen.has(id))).toEqual([]);
    console.log(`outbox: claims per sender ${claimedBy.map((c) => c.filter((id) => wanted.has(id)).length).join(' / ')}`);
  });
});
