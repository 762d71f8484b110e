// A dossier's unread counters (candidate_unread_count, pro_unread_count) as stored and as their
// definition counts them from the message rows, and the members whose messages move them.
import { afterAll, expect } from 'vitest';
import { owner } from './db.ts';
import { type Member, type MemberOptions, createMember } from './world.ts';

export type Counters = { candidate_unread_count: number; pro_unread_count: number };

/**
 * createMember for a file whose members send messages: after the file, the emails their message
 * notifications queued are dropped, since no sender of these files would ever deliver them.
 */
export function membersWhoseEmailsAreDropped(): (options?: MemberOptions) => Promise<Member> {
  const members: Member[] = [];
  afterAll(async () => {
    if (members.length) await owner(`delete from public.email_outbox where user_id = any($1::uuid[])`, [members.map((m) => m.id)]);
  });
  return async (options = {}) => {
    const created = await createMember(options);
    members.push(created);
    return created;
  };
}

/** The counters as stored on the dossier. */
export async function stored(dossierId: string): Promise<Counters> {
  const { rows } = await owner<Counters>(
    `select candidate_unread_count, pro_unread_count from public.dossiers where id = $1`,
    [dossierId],
  );
  return rows[0]!;
}

/** The counters by their definition, from the message rows. */
export async function truth(dossierId: string): Promise<Counters> {
  const { rows } = await owner<Counters>(
    `select (select count(*)::int from public.messages m
              where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.candidate_id) as candidate_unread_count,
            (select count(*)::int from public.messages m
              where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.pro_id) as pro_unread_count
     from public.dossiers d where d.id = $1`,
    [dossierId],
  );
  return rows[0]!;
}

/** The stored counters equal the true rows, which are `expected` in this scenario. */
export async function expectCounters(dossierId: string, expected: Counters): Promise<void> {
  const actual = await truth(dossierId);
  expect(actual, 'true rows of the scenario').toEqual(expected);
  expect(await stored(dossierId), 'stored counters').toEqual(actual);
}
