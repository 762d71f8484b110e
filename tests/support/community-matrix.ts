// The access matrix of Inside, Live, notifications and the account RPCs
// (tests/database/access-matrix-{inside,live,notifications,account-rpcs}.test.ts): seven callers
// and the service role, a scene per subject, one test per cell. "The member" is the author,
// reporter, registrant or recipient of the row under test; the suspended and the muted member act
// on their own rows (written before the sanction). RPCs act on the caller's own registrations,
// notifications and account.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Outcome, caseName, outcomeOf } from './access-matrix.ts';
import {
  createComment, createEvent, createLike, createNotification, createPost, createRegistration, createReport, muteUntil,
} from './community.ts';
import { type Actor, type Attempt, anon, attempt, owner, serviceRole } from './db.ts';
import { type Member, clearRateLimits, createDossier, createMember } from './world.ts';

const TABLE_ACTORS = ['anon', 'member', 'otherMember', 'pro', 'admin', 'suspended', 'muted'] as const;
const RPC_ACTORS = [...TABLE_ACTORS, 'service'] as const;
type ActorName = (typeof RPC_ACTORS)[number];

const WHO: Record<ActorName, string> = {
  anon: 'an anonymous visitor',
  member: 'the member',
  otherMember: 'another member',
  pro: 'a pro',
  admin: 'an admin',
  suspended: 'a suspended member',
  muted: 'a muted member',
  service: 'the service role',
};

// 'rows' allowed with rows · 'none' allowed, no row seen/affected · 'denied' 42501
type O = Outcome;
/** [table, operation, anon, member, otherMember, pro, admin, suspended, muted] */
export type TableRow = readonly [string, string, O, O, O, O, O, O, O];
/** [function, anon, member, otherMember, pro, admin, suspended, muted, service] */
export type RpcRow = readonly [string, O, O, O, O, O, O, O, O];

type Case = { subject: string; op: string; who: ActorName; expected: Outcome; name: string };

// ---------------------------------------------------------------------------------------------
// The scene: one per subject, so that rate limits, mutes and registrations never cross subjects.

type Content = { post: string; hiddenPost: string; comment: string; hiddenComment: string; report: string; notification: string };
type Scene = Record<Exclude<ActorName, 'anon' | 'service'>, Member> & {
  bystander: Member; // writes the posts others like, comment and report
  target: Member; // the member whom admin RPCs act on
  targetDossier: string;
  bystanderPost: string;
  event: string; // scheduled, with a join link; the member, the suspended and the muted are registered
  cancelledEvent: string;
  openEvent: string;
  word: string; // a word only the member's post contains
  own: Record<'member' | 'suspended' | 'muted', Content>;
};

const randomWord = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

async function buildScene(): Promise<Scene> {
  const [member, otherMember, pro, admin, suspended, muted, bystander, target] = await Promise.all([
    createMember({ fullName: 'Membre Autrice' }),
    createMember({ fullName: 'Autre Membre' }),
    createMember({ role: 'pro', fullName: 'Pro Conseillère' }),
    createMember({ role: 'admin', fullName: 'Admin Inside' }),
    createMember({ fullName: 'Membre Suspendu' }),
    createMember({ fullName: 'Membre En Sourdine' }),
    createMember({ fullName: 'Membre Témoin' }),
    createMember({ fullName: 'Membre Cible' }),
  ]);
  const word = randomWord();
  const bystanderPost = await createPost(bystander.id, { body: 'Qui a déjà fait sa demande de permis de travail ?' });
  // Reported by the member, the suspended and the muted (new accounts, whose reports weigh 0: it stays up).
  const reportedPost = await createPost(bystander.id, { body: 'Achetez mes services de visa garantis !' });
  const event = await createEvent({ capacity: 100 });
  const contentOf = async (m: Member): Promise<Content> => {
    const post = await createPost(m.id, { body: `Mon parcours ${m === member ? word : ''} vers la résidence permanente.` });
    const hiddenPost = await createPost(m.id, { hidden: true });
    const comment = await createComment(bystanderPost, m.id);
    const hiddenComment = await createComment(bystanderPost, m.id, { hidden: true });
    await createLike(bystanderPost, m.id);
    const report = await createReport(m.id, { postId: reportedPost });
    const notification = await createNotification(m.id);
    await createRegistration(event, m.id);
    return { post, hiddenPost, comment, hiddenComment, report, notification };
  };
  const own = { member: await contentOf(member), suspended: await contentOf(suspended), muted: await contentOf(muted) };
  await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [suspended.id]);
  await muteUntil(muted.id, 'infinity');
  return {
    member, otherMember, pro, admin, suspended, muted, bystander, target, word, bystanderPost, event, own,
    targetDossier: await createDossier(target.id),
    cancelledEvent: await createEvent({ status: 'cancelled' }),
    openEvent: await createEvent({ capacity: null }),
  };
}

export type Action = (s: Scene, who: ActorName) => Promise<Attempt>;

export const actorOf = (s: Scene, who: ActorName): Actor =>
  who === 'anon' ? anon : who === 'service' ? serviceRole : s[who].actor;
/** Whose rows a caller acts on: the suspended and the muted their own, everyone else the member's. */
export const ownerOf = (s: Scene, who: ActorName): Member => (who === 'suspended' || who === 'muted' ? s[who] : s.member);
export const own = (s: Scene, who: ActorName): Content => s.own[who === 'suspended' || who === 'muted' ? who : 'member'];
/** The caller as a member (RPCs act on the caller's own rows); undefined for anon and the service role. */
export const self = (s: Scene, who: ActorName): Member | undefined => (who === 'anon' || who === 'service' ? undefined : s[who]);

export const run = (sql: string, params: (s: Scene, who: ActorName) => unknown[] = () => []): Action =>
  (s, who) => attempt(actorOf(s, who), sql, params(s, who));
/** Writes (posts, comments, likes, reports, registrations) are limited to one per second per user: start each case clean. */
export const write = (action: Action): Action => async (s, who) => {
  const member = self(s, who);
  if (member) await clearRateLimits(member.id);
  return action(s, who);
};
export const freshPost = (s: Scene, who: ActorName) => createPost(ownerOf(s, who).id);
export const freshBystanderPost = (s: Scene) => createPost(s.bystander.id);

/**
 * One describe per subject, each on a scene of its own, and one test per cell of `tables` (seven
 * callers) and `rpcs` (the same and the service role): named by what the caller attempts (`doing`,
 * by '<table> <operation>' or function) and acted out by `actions` ('<table> <operation>' or
 * '<function> call').
 */
export function describeMatrix(part: string, matrix: {
  tables?: readonly TableRow[];
  rpcs: readonly RpcRow[];
  doing: Record<string, string>;
  actions: Record<string, Action>;
}): void {
  const { tables = [], rpcs, doing, actions } = matrix;
  const tableCases: Case[] = tables.flatMap(([subject, op, ...outcomes]) =>
    TABLE_ACTORS.map((who, i) => {
      const phrase = doing[`${subject} ${op}`] ?? `${op} ${subject}`;
      return { subject, op, who, expected: outcomes[i], name: caseName(WHO[who], phrase, outcomes[i], op.startsWith('select')) };
    }),
  );
  const rpcCases: Case[] = rpcs.flatMap(([fn, ...outcomes]) =>
    RPC_ACTORS.map((who, i) => ({
      subject: fn, op: 'call', who, expected: outcomes[i],
      name: caseName(WHO[who], `${doing[fn]} (${fn})`, outcomes[i], false),
    })),
  );
  const cases = [...tableCases, ...rpcCases];

  afterAll(() =>
    console.log(`access matrix (${part}): ${cases.length} cases (${tableCases.length} table, ${rpcCases.length} RPC)`),
  );

  describe.each([...new Set(cases.map((c) => c.subject))])('%s', (subject) => {
    let scene: Scene;

    beforeAll(async () => {
      scene = await buildScene();
    });

    test.each(cases.filter((c) => c.subject === subject).map((c) => [c.name, c] as const))('%s', async (_name, { op, who, expected }) => {
      const action = actions[op === 'call' ? `${subject} call` : `${subject} ${op}`];
      const result = await action(scene, who);
      expect(outcomeOf(result), JSON.stringify(result)).toBe(expected);
    });
  });
}
