// The outbox through its service_role functions (claim_email_batch, mark_email_sent, mark_email_failed).
import { actAs, serviceClaims, type Sql, type Tx } from '../_shared/db.ts';

export type OutboxRow = {
  id: string;
  user_id: string | null;
  to_email: string;
  template: string;
  /** public.email_kind: what the member may turn off. */
  email_kind: string;
  payload: unknown;
  attempts: number;
};

export interface Outbox {
  /** Leases up to `size` due emails (skip locked: concurrent runs never get the same row); an email
   * whose lease expired on its last attempt is given up as dead. */
  claim(size: number, leaseSeconds: number, maxAttempts: number): Promise<OutboxRow[]>;
  recipientNames(userIds: string[]): Promise<Map<string, string>>;
  /** Each recipient's unsubscribe token (made on first need). */
  unsubscribeTokens(userIds: string[]): Promise<Map<string, string>>;
  markSent(id: string): Promise<void>;
  /** Schedules a retry with back-off, or marks the email dead after `maxAttempts`. */
  markFailed(id: string, error: string, maxAttempts: number): Promise<'pending' | 'dead' | null>;
}

export function sqlOutbox(sql: Sql): Outbox {
  const asService = <T>(fn: (tx: Tx) => Promise<T>) => actAs('service_role', serviceClaims, fn, { sql });
  return {
    claim: (size, leaseSeconds, maxAttempts) =>
      asService((tx) =>
        tx<OutboxRow[]>`select id, user_id, to_email, template::text as template, payload, attempts,
            email_kind::text as email_kind
          from public.claim_email_batch(${size}, make_interval(secs => ${leaseSeconds}), ${maxAttempts})`
      ).then((rows) => [...rows]),
    recipientNames: async (userIds) => {
      if (userIds.length === 0) return new Map();
      const rows = await asService((tx) =>
        tx<{ id: string; full_name: string }[]>`select id, full_name from public.profiles
          where id = any(${tx.array(userIds)}::uuid[])`
      );
      return new Map(rows.map((row) => [row.id, row.full_name]));
    },
    unsubscribeTokens: async (userIds) => {
      if (userIds.length === 0) return new Map();
      const rows = await asService((tx) =>
        tx<{ user_id: string; token: string }[]>`select user_id, token
          from public.email_unsubscribe_tokens(${tx.array(userIds)}::uuid[])`
      );
      return new Map(rows.map((row) => [row.user_id, row.token]));
    },
    markSent: async (id) => {
      await asService((tx) => tx`select public.mark_email_sent(${id}::bigint)`);
    },
    markFailed: async (id, error, maxAttempts) => {
      const [row] = await asService((tx) =>
        tx<
          { status: 'pending' | 'dead' | null }[]
        >`select public.mark_email_failed(${id}::bigint, ${error}, ${maxAttempts}) as status`
      );
      return row?.status ?? null;
    },
  };
}
