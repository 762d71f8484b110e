// Access matrix, part 3 of 3: storage buckets (documents, avatars) × select/insert/update/delete
// through the Storage API (download, upload, upsert, remove), and the dossier's private Realtime
// channel (select = join and receive, insert = send), × the seven callers. Callers act on the
// owning candidate's files and channel; the suspended candidate acts on their own.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ActorName, type MatrixRow, actorOf, dossierFor, dropObject, matrixCases, memberOf, namedCases, outcomeOf, putObject,
} from '../support/access-matrix.ts';
import { channelAccess } from '../support/realtime.ts';
import { download, remove, upload } from '../support/storage.ts';
import { type World, createDocument, createWorld } from '../support/world.ts';

// 'rows' allowed with rows · 'none' allowed, nothing visible/affected (Storage: 404, or a removal answering []) · 'denied' 42501 (Storage: 403)
const MATRIX: readonly MatrixRow[] = [
  // subject            op        anon      owner     otherCand. assignedPro unassigned admin     suspended
  ['documents bucket',  'select', 'none',   'rows',   'none',    'rows',     'none',    'rows',   'none'],
  ['documents bucket',  'insert', 'denied', 'rows',   'denied',  'rows',     'denied',  'rows',   'denied'],
  // A stored file is never replaced: a new version is a new document row.
  ['documents bucket',  'update', 'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
  ['documents bucket',  'delete', 'none',   'rows',   'none',    'none',     'none',    'rows',   'none'],
  // Avatars are public by URL (no RLS there); through the API, each active member reads only their own folder.
  ['avatars bucket',    'select', 'none',   'rows',   'none',    'none',     'none',    'none',   'none'],
  ['avatars bucket',    'insert', 'denied', 'rows',   'denied',  'denied',   'denied',  'denied', 'denied'],
  ['avatars bucket',    'update', 'denied', 'rows',   'denied',  'denied',   'denied',  'denied', 'denied'],
  ['avatars bucket',    'delete', 'none',   'rows',   'none',    'none',     'none',    'none',   'none'],
  ['dossier channel',   'select', 'none',   'rows',   'none',    'rows',     'none',    'rows',   'none'],
  // Only the database speaks on the channel: no member sends there (issue #14).
  ['dossier channel',   'insert', 'denied', 'denied', 'denied',  'denied',   'denied',  'denied', 'denied'],
];

// What each row attempts, as the end of a sentence ("<who> can …" / "<who> cannot …").
const DOING: Record<string, string> = {
  'documents bucket select': "download the file of the candidate's document",
  'documents bucket insert': "upload a file into the candidate's dossier",
  'documents bucket update': "overwrite the file of the candidate's document",
  'documents bucket delete': "remove the file of the candidate's pending document",
  'avatars bucket select': "download the candidate's avatar through the API",
  'avatars bucket insert': "upload an avatar into the candidate's folder",
  'avatars bucket update': "overwrite the candidate's avatar",
  'avatars bucket delete': "remove the candidate's avatar",
  'dossier channel select': "receive on the Realtime channel of the candidate's dossier",
  'dossier channel insert': "send on the Realtime channel of the candidate's dossier",
};

type Scene = World & { suspendedDocumentPath: string };
type Action = (s: Scene, who: ActorName) => Promise<Parameters<typeof outcomeOf>[0]>;

const PDF = { mimetype: 'application/pdf', size: 1024 };
const PNG = { mimetype: 'image/png', size: 2048 };
const mine = <T>(who: ActorName, theirs: T, suspendedOwn: T) => (who === 'suspended' ? suspendedOwn : theirs);
const avatarPath = (s: Scene, who: ActorName) => `${mine(who, s.candidate.id, s.suspended.id)}/avatar.png`;
const topic = (s: Scene, who: ActorName) => `dossier:${dossierFor(s, who)}`;

/**
 * The path a caller uploads to: callers who may add documents to the dossier upload onto a pending
 * row of their own; the others try the path of the candidate's pending row whose file has not come
 * yet; the suspended candidate has a pending row of their own from before the suspension.
 */
async function uploadPath(s: Scene, who: ActorName): Promise<string> {
  if (who === 'suspended') return (await createDocument(s.suspendedDossier, s.suspended.id)).storage_path;
  const uploader = who === 'owner' || who === 'assignedPro' || who === 'admin' ? memberOf(s, who)! : s.candidate;
  return (await createDocument(s.dossier, uploader.id)).storage_path;
}

const ACTIONS: Record<string, Action> = {
  'documents bucket select': (s, who) =>
    download(actorOf(s, who), 'documents', mine(who, s.document.storage_path, s.suspendedDocumentPath)),
  'documents bucket insert': async (s, who) => upload(actorOf(s, who), 'documents', await uploadPath(s, who), PDF),
  'documents bucket update': (s, who) =>
    upload(actorOf(s, who), 'documents', mine(who, s.document.storage_path, s.suspendedDocumentPath), { ...PDF, upsert: true }),
  'documents bucket delete': async (s, who) => {
    const owner = mine(who, s.candidate.id, s.suspended.id);
    const { storage_path: path } = await createDocument(dossierFor(s, who), owner);
    await putObject('documents', path, owner);
    return remove(actorOf(s, who), 'documents', [path]);
  },
  'avatars bucket select': (s, who) => download(actorOf(s, who), 'avatars', avatarPath(s, who)),
  'avatars bucket insert': async (s, who) => {
    await dropObject('avatars', avatarPath(s, who)); // a first avatar
    return upload(actorOf(s, who), 'avatars', avatarPath(s, who), PNG);
  },
  'avatars bucket update': async (s, who) => {
    await putObject('avatars', avatarPath(s, who), mine(who, s.candidate.id, s.suspended.id), PNG.mimetype);
    return upload(actorOf(s, who), 'avatars', avatarPath(s, who), { ...PNG, upsert: true });
  },
  'avatars bucket delete': async (s, who) => {
    await putObject('avatars', avatarPath(s, who), mine(who, s.candidate.id, s.suspended.id), PNG.mimetype);
    return remove(actorOf(s, who), 'avatars', [avatarPath(s, who)]);
  },
  'dossier channel select': async (s, who) => {
    const { canRead } = await channelAccess(actorOf(s, who), topic(s, who));
    return canRead ? { ok: true, rows: [{}], rowCount: 1 } : { ok: true, rows: [], rowCount: 0 };
  },
  'dossier channel insert': async (s, who) => {
    const { canWrite } = await channelAccess(actorOf(s, who), topic(s, who));
    return canWrite ? { ok: true, rows: [{}], rowCount: 1 } : { ok: false, code: '42501', message: 'channel write refused' };
  },
};

const CASES = matrixCases(MATRIX, DOING);

afterAll(() => console.log(`access matrix (storage buckets and Realtime channel): ${CASES.length} cases`));

describe.each([...new Set(MATRIX.map(([subject]) => subject))])('%s', (subject) => {
  let scene: Scene;

  beforeAll(async () => {
    const world = await createWorld();
    // Files already stored: the candidate's document and avatar; the suspended candidate's, from before.
    const suspendedDocumentPath = (await createDocument(world.suspendedDossier, world.suspended.id)).storage_path;
    await putObject('documents', world.document.storage_path, world.candidate.id);
    await putObject('documents', suspendedDocumentPath, world.suspended.id);
    await putObject('avatars', `${world.candidate.id}/avatar.png`, world.candidate.id, PNG.mimetype);
    await putObject('avatars', `${world.suspended.id}/avatar.png`, world.suspended.id, PNG.mimetype);
    scene = { ...world, suspendedDocumentPath };
  });

  test.each(namedCases(CASES, subject))('%s', async (_name, { op, who, expected }) => {
    const result = await ACTIONS[`${subject} ${op}`](scene, who);
    expect(outcomeOf(result), JSON.stringify(result)).toBe(expected);
  });
});
