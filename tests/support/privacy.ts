// The privacy rights as members use them (docs/privacy.md): the export of all their data, and a
// member with something of everything in it to export or erase.
import { attempt, ok, owner, type Row } from './db.ts';
import { createDocument, createDossier, createMessage, type Member } from './world.ts';

export type Export = Record<string, unknown> & {
  account: Record<string, unknown>;
  profile: Record<string, unknown>;
  settings: Record<string, unknown>;
  dossiers: (Record<string, unknown> & { history: Row[]; documents: Row[]; messages: Row[] })[];
  messages_sent: Row[];
  posts: Row[];
  comments: Row[];
  likes: Row[];
  reports: Row[];
  event_registrations: Row[];
  notifications: Row[];
  tasks: (Row & { events: Row[] })[];
  email_preferences: Row[];
};

/** What export_my_data() returns to `m`. */
export const exportOf = async (m: Member) => (await ok(attempt<{ data: Export }>(m.actor, `select public.export_my_data() as data`)))[0]!.data;

/** A member with something of everything: a dossier with chat and documents, Inside activity, a seat, notifications. */
export async function livedIn(m: Member, pro: Member, peer: Member, marker: string) {
  const dossier = await createDossier(m.id, { proId: pro.id, status: 'in_review', title: `Dossier ${marker}` });
  const draft = await createDossier(m.id, { title: `Brouillon ${marker}` });
  const document = await createDocument(dossier, m.id, { fileName: `passeport-${marker}.pdf` });
  const draftDocument = await createDocument(draft, m.id, { fileName: `brouillon-${marker}.pdf` });
  const sent = await createMessage(dossier, m.id, `Question ${marker}`);
  const received = await createMessage(dossier, pro.id, `Réponse à ${marker}`);
  const draftMessage = await createMessage(draft, m.id, `Brouillon ${marker}`);
  const insert = async (sql: string, params: unknown[]) => (await owner<{ id: string }>(sql, params)).rows[0]!.id;
  const post = await insert(`insert into public.posts (author_id, title, body) values ($1, $2, $3) returning id`, [
    m.id, `Titre ${marker}`, `Publication ${marker}`,
  ]);
  const peerPost = await insert(`insert into public.posts (author_id, body) values ($1, $2) returning id`, [peer.id, `Fil de ${marker}`]);
  const comment = await insert(`insert into public.comments (post_id, author_id, body) values ($1, $2, $3) returning id`, [
    peerPost, m.id, `Commentaire ${marker}`,
  ]);
  const peerComment = await insert(`insert into public.comments (post_id, author_id, body) values ($1, $2, $3) returning id`, [
    post, peer.id, `Réponse du pair à ${marker}`,
  ]);
  await owner(`insert into public.post_likes (post_id, user_id) values ($1, $2), ($3, $4)`, [peerPost, m.id, post, peer.id]);
  const report = await insert(`insert into public.reports (reporter_id, post_id, reason) values ($1, $2, 'off_topic') returning id`, [
    m.id, peerPost,
  ]);
  return { dossier, draft, document, draftDocument, sent, received, draftMessage, post, peerPost, comment, peerComment, report };
}
