// The outbox functions the send-emails function uses: a claim leases an email, a sent email is
// closed for good, failures back off until the email is dead, an expired lease frees it again.
//
// The outbox is shared by every test file and claims take the oldest due emails first, so each
// test runs inside one transaction and rolls back: nothing it claims or enqueues is left for the
// other files.
import { beforeAll, describe, expect, it } from 'vitest';
import { claimsFor, inTransaction, serviceRole, type Query } from '../support/db.ts';
import { createMember, type Member } from '../support/world.ts';

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
