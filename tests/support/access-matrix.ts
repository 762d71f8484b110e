// The access matrix's vocabulary: the seven callers, what an attempt came to, and one test case
// per cell of an expectation table. Used by tests/database/access-matrix-*.test.ts.
import { type Actor, type Attempt, anon, inTransaction, owner, user } from './db.ts';
import type { StorageResult } from './storage.ts';
import type { Member, World } from './world.ts';

export const ACTORS = ['anon', 'owner', 'otherCandidate', 'assignedPro', 'unassignedPro', 'admin', 'suspended'] as const;
export type ActorName = (typeof ACTORS)[number];

/**
 * 'rows': allowed and at least one row seen or written; 'none': allowed statement, no row visible
 * or affected; 'denied': refused with 42501 (missing grant or RLS check); anything else: a SQLSTATE.
 */
export type Outcome = 'rows' | 'none' | 'denied' | (string & {});
/** [subject, operation, anon, owner, otherCandidate, assignedPro, unassignedPro, admin, suspended] */
export type MatrixRow = readonly [string, string, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

const WHO: Record<ActorName, string> = {
  anon: 'an anonymous visitor',
  owner: 'the owning candidate',
  otherCandidate: 'another candidate',
  assignedPro: 'the assigned pro',
  unassignedPro: 'an unassigned pro',
  admin: 'an admin',
  suspended: 'a suspended candidate',
};

export type MatrixCase = { subject: string; op: string; who: ActorName; expected: Outcome; name: string };

/** One case per cell; `doing` says in words what each subject/operation attempts ("read the candidate's dossier"). */
export function matrixCases(rows: readonly MatrixRow[], doing: Record<string, string>): MatrixCase[] {
  return rows.flatMap(([subject, op, ...outcomes]) =>
    ACTORS.map((who, i) => {
      const expected = outcomes[i];
      const attempt = doing[`${subject} ${op}`] ?? `${op} ${subject}`;
      // The owner and the suspended candidate act on their own rows: say so in the sentence.
      const phrase = who === 'owner' || who === 'suspended' ? attempt.replaceAll("the candidate's", 'their own') : attempt;
      return { subject, op, who, expected, name: caseName(WHO[who], phrase, expected, op === 'select') };
    }),
  );
}

/** The cases of one subject as [name, case] pairs, so each test is named by its sentence alone. */
export function namedCases(cases: MatrixCase[], subject: string): [string, MatrixCase][] {
  return cases.filter((c) => c.subject === subject).map((c) => [c.name, c]);
}

/** The sentence naming one cell: who can or cannot do what, and how a refusal shows. */
export function caseName(who: string, attempt: string, expected: Outcome, select: boolean): string {
  if (expected === 'rows') return `${who} can ${attempt}`;
  if (expected === 'none') return `${who} cannot ${attempt}: ${select ? 'nothing visible' : 'nothing affected'}`;
  if (expected === 'denied') return `${who} cannot ${attempt}: permission denied`;
  return `${who} cannot ${attempt}: error ${expected}`;
}

/** What an SQL attempt came to, in the table's vocabulary. */
export function outcomeOf(result: Attempt | StorageResult): Outcome {
  if (result.ok) return result.rowCount > 0 ? 'rows' : 'none';
  if ('status' in result && result.status === 404) return 'none'; // Storage: no object visible
  return result.code === '42501' ? 'denied' : result.code;
}

/** The world's cast by column name; the suspended candidate acts on their own (pre-suspension) data. */
export function memberOf(world: World, who: ActorName): Member | undefined {
  const cast: Record<Exclude<ActorName, 'anon'>, Member> = {
    owner: world.candidate,
    otherCandidate: world.otherCandidate,
    assignedPro: world.pro,
    unassignedPro: world.otherPro,
    admin: world.admin,
    suspended: world.suspended,
  };
  return who === 'anon' ? undefined : cast[who];
}

/** Staff sign in with their second factor (aal2), so the matrix holds whatever require_staff_mfa says. */
export function actorOf(world: World, who: ActorName): Actor {
  const member = memberOf(world, who);
  if (!member) return anon;
  const staff = who === 'assignedPro' || who === 'unassignedPro' || who === 'admin';
  return staff ? user(member.id, { email: member.email, aal: 'aal2' }) : member.actor;
}

/** The dossier a caller's attempt targets: the owning candidate's, or the suspended user's own. */
export function dossierFor(world: World, who: ActorName): string {
  return who === 'suspended' ? world.suspendedDossier : world.dossier;
}

/** A file as Storage would have stored it earlier for `ownerId` (arranging a case, not under test). */
export async function putObject(bucket: string, path: string, ownerId: string, mimetype = 'application/pdf'): Promise<void> {
  await owner(
    `insert into storage.objects (bucket_id, name, owner, owner_id, metadata)
     values ($1, $2, $3::uuid, $3::text, jsonb_build_object('size', 1024, 'mimetype', $4::text))
     on conflict (bucket_id, name) do nothing`,
    [bucket, path, ownerId, mimetype],
  );
}

/** Removes a stored file as the Storage API may (storage.allow_delete_query), to reset a case. */
export async function dropObject(bucket: string, path: string): Promise<void> {
  await inTransaction([['storage.allow_delete_query', 'true']], (q) =>
    q.query('delete from storage.objects where bucket_id = $1 and name = $2', [bucket, path]),
  );
}
