// One template per notification_kind (the enum in the notifications migration). The payload is
// what private.notify() enqueued: the kind's data plus the notification's title, body and link.
import { dossierStatusInSentence } from '../../_shared/contract/labels.ts';
import { z } from '../../_shared/zod.ts';
import type { EmailContent } from './layout.ts';

export const notificationKinds = [
  'message_received',
  'document_reviewed',
  'dossier_status_changed',
  'event_registered',
  'event_waitlisted',
  'event_promoted',
  'event_cancelled',
  'event_reminder',
  'post_reply',
  'post_liked',
  'task_assigned',
  'task_reminder',
  'task_overdue',
  'document_expiring',
  'account_suspended',
] as const;
export type NotificationKind = typeof notificationKinds[number];

const text = z.string().nullish().transform((value) => value?.trim() || undefined).catch(undefined);

export const payloadSchema = z.looseObject({
  title: text,
  body: text,
  link: text,
  dossier_title: text,
  sender_name: text,
  file_name: text,
  decision: text,
  reason: text,
  from: text,
  to: text,
  note: text,
  event_title: text,
  starts_at: text,
  lead: text,
  task_title: text,
  due_on: text,
  kind_label: text,
  expires_on: text,
  reopened: z.boolean().nullish().catch(undefined),
  // Chat emails (private.enqueue_chat_email): who wrote and when, never what.
  digest: z.boolean().nullish().catch(undefined),
  time_zone: text,
  messages: z.array(z.object({ sender_name: text, sent_at: text }).catch({ sender_name: undefined, sent_at: undefined }))
    .nullish().catch(undefined),
});
export type Payload = z.infer<typeof payloadSchema>;

const status = (value: string | undefined) => (value ? dossierStatusInSentence(value) : 'mis à jour');

/** The event's start in Eastern time (the events' reference zone), else the notification body. */
export function eventWhen(p: Payload): string | undefined {
  const date = p.starts_at ? new Date(p.starts_at) : undefined;
  if (!date || Number.isNaN(date.getTime())) return p.body;
  const formatted = new Intl.DateTimeFormat('fr-CA', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'America/Toronto',
  }).format(date);
  return `${formatted} (heure de l’Est)`;
}

/** A calendar day (YYYY-MM-DD, the recipient's day as the database counted it), in French. */
export function dayOf(value: string | undefined): string | undefined {
  const date = value ? new Date(`${value}T12:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat('fr-CA', { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** A message's time in the recipient's zone (Eastern time when it is unknown), in French. */
export function sentAt(value: string | undefined, timeZone = 'America/Toronto'): string | undefined {
  const date = value ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const format = (zone: string) =>
    new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(date);
  try {
    return format(timeZone);
  } catch {
    return format('America/Toronto');
  }
}

const quoted = (label: string, value: string | undefined) => (value ? { label, text: value } : undefined);
const dossier = (p: Payload) => p.dossier_title ?? 'votre dossier';
const event = (p: Payload) => p.event_title ?? 'l’événement';
const task = (p: Payload) => p.task_title ?? 'une tâche';
const dueSentence = (p: Payload) => (dayOf(p.due_on) ? [`Échéance : ${dayOf(p.due_on)}.`] : []);
const taskReminderSubject: Record<string, string> = { day: 'À faire aujourd’hui', '1d': 'À faire demain' };
const eventPage = (p: Payload) => ({ label: 'Voir l’événement', path: p.link });

const chatPrivacy = 'Pour protéger votre dossier, le contenu des messages n’est pas envoyé par courriel.';
const senderOf = (p: Payload, index = 0) => p.messages?.[index]?.sender_name ?? p.sender_name ?? 'Votre interlocuteur';

function chatMessage(p: Payload): EmailContent {
  const when = sentAt(p.messages?.[0]?.sent_at, p.time_zone);
  return {
    subject: `Nouveau message de ${senderOf(p)} — ${dossier(p)}`,
    heading: 'Vous avez reçu un nouveau message',
    paragraphs: [
      `${senderOf(p)} vous a écrit${when ? ` le ${when}` : ''} au sujet du dossier « ${dossier(p)} ».`,
      chatPrivacy,
    ],
    action: { label: 'Lire le message', path: p.link },
  };
}

/** The messages that arrived since the last chat email, one line each: sender and time. */
function chatDigest(p: Payload): EmailContent {
  const messages = p.messages ?? [];
  const count = Math.max(messages.length, 1);
  return {
    subject: `${count} ${count > 1 ? 'nouveaux messages' : 'nouveau message'} — ${dossier(p)}`,
    heading: 'Des messages vous attendent',
    paragraphs: [
      `Depuis notre dernier courriel, vous avez reçu ${count > 1 ? `${count} messages` : 'un message'} dans le dossier « ${dossier(p)} » :`,
      ...messages.map((m, i) => `• ${senderOf(p, i)}${sentAt(m.sent_at, p.time_zone) ? `, le ${sentAt(m.sent_at, p.time_zone)}` : ''}`),
      chatPrivacy,
    ],
    action: { label: 'Lire les messages', path: p.link },
  };
}

export const templates: Record<NotificationKind, (p: Payload) => EmailContent> = {
  message_received: (p) => p.digest ? chatDigest(p) : chatMessage(p),
  document_reviewed: (p) => {
    const rejected = p.decision === 'rejected';
    const file = p.file_name ?? 'votre document';
    return {
      subject: `${rejected ? 'Document refusé' : 'Document approuvé'} : ${file}`,
      heading: rejected ? 'Un document est à remplacer' : 'Document approuvé',
      paragraphs: rejected
        ? [
          `Votre document « ${file} » du dossier « ${dossier(p)} » a été refusé.`,
          'Déposez une nouvelle version depuis votre dossier.',
        ]
        : [`Votre document « ${file} » du dossier « ${dossier(p)} » a été approuvé.`],
      quote: rejected ? quoted('Motif du refus', p.reason ?? p.body) : undefined,
      action: { label: 'Voir mon dossier', path: p.link },
    };
  },
  dossier_status_changed: (p) => ({
    subject: `Dossier « ${dossier(p)} » : ${status(p.to)}`,
    heading: 'Le statut de votre dossier a changé',
    paragraphs: [
      p.from
        ? `Le dossier « ${dossier(p)} » est passé de « ${status(p.from)} » à « ${status(p.to)} ».`
        : `Le dossier « ${dossier(p)} » est maintenant « ${status(p.to)} ».`,
    ],
    quote: quoted('Note', p.note),
    action: { label: 'Voir le dossier', path: p.link },
  }),
  event_registered: (p) => ({
    subject: `Inscription confirmée : ${event(p)}`,
    heading: 'Votre inscription est confirmée',
    paragraphs: [`Vous êtes inscrit à « ${event(p)} ».`, ...(eventWhen(p) ? [`Rendez-vous le ${eventWhen(p)}.`] : [])],
    action: eventPage(p),
  }),
  event_waitlisted: (p) => ({
    subject: `Liste d’attente : ${event(p)}`,
    heading: 'Vous êtes sur la liste d’attente',
    paragraphs: [
      `« ${event(p)} » est complet : vous êtes sur la liste d’attente.`,
      'Nous vous écrirons dès qu’une place se libère.',
    ],
    action: eventPage(p),
  }),
  event_promoted: (p) => ({
    subject: `Une place s’est libérée : ${event(p)}`,
    heading: 'Vous êtes inscrit',
    paragraphs: [
      `Une place s’est libérée à « ${event(p)} » : vous êtes maintenant inscrit.`,
      ...(eventWhen(p) ? [`Rendez-vous le ${eventWhen(p)}.`] : []),
    ],
    action: eventPage(p),
  }),
  event_cancelled: (p) => ({
    subject: `Événement annulé : ${event(p)}`,
    heading: 'Événement annulé',
    paragraphs: [`« ${event(p)} » est annulé. Nous sommes désolés pour ce contretemps.`],
    quote: quoted('Motif', p.reason ?? p.body),
    action: eventPage(p),
  }),
  event_reminder: (p) => ({
    subject: `${p.lead === '1h' ? 'Dans une heure' : 'Demain'} : ${event(p)}`,
    heading: p.lead === '1h' ? 'Votre webinaire commence dans une heure' : 'Votre webinaire a lieu demain',
    paragraphs: [`Rappel : « ${event(p)} » commence le ${eventWhen(p) ?? 'jour prévu'}.`],
    action: { label: 'Rejoindre l’événement', path: p.link },
  }),
  post_reply: (p) => ({
    subject: p.title ?? 'Nouvelle réponse à votre publication',
    heading: 'Nouvelle réponse à votre publication',
    paragraphs: [p.title ? `${p.title}.` : 'Un membre a répondu à votre publication sur Inside.'],
    quote: quoted('Réponse', p.body),
    action: { label: 'Voir la discussion', path: p.link },
  }),
  // private.kind_sends_email() keeps likes in the app; the template is here should that change.
  post_liked: (p) => ({
    subject: p.title ?? 'Votre publication a été aimée',
    heading: 'Votre publication plaît',
    paragraphs: [p.title ? `${p.title}.` : 'Des membres ont aimé votre publication sur Inside.'],
    quote: quoted('Publication', p.body),
    action: { label: 'Voir la publication', path: p.link },
  }),
  task_assigned: (p) => ({
    subject: `${p.reopened ? 'Tâche à reprendre' : 'Nouvelle tâche'} : ${task(p)}`,
    heading: p.reopened ? 'Une tâche est à reprendre' : 'Une nouvelle tâche vous attend',
    paragraphs: [`Dossier « ${dossier(p)} » : « ${task(p)} ».`, ...dueSentence(p)],
    quote: quoted(p.reopened ? 'Motif' : 'Note', p.reason ?? p.body),
    action: { label: 'Voir la tâche', path: p.link },
  }),
  task_reminder: (p) => ({
    subject: `${taskReminderSubject[p.lead ?? ''] ?? 'Rappel'} : ${task(p)}`,
    heading: 'Rappel de tâche',
    paragraphs: [`Dossier « ${dossier(p)} » : « ${task(p)} » est à faire.`, ...dueSentence(p)],
    action: { label: 'Voir la tâche', path: p.link },
  }),
  task_overdue: (p) => ({
    subject: `Tâche en retard : ${task(p)}`,
    heading: 'Une tâche est en retard',
    paragraphs: [`Dossier « ${dossier(p)} » : « ${task(p)} » n’est pas terminée.`, ...dueSentence(p)],
    action: { label: 'Voir le dossier', path: p.link },
  }),
  document_expiring: (p) => ({
    subject: `Document bientôt expiré : ${p.kind_label ?? p.file_name ?? 'un document'}`,
    heading: 'Un document arrive à expiration',
    paragraphs: [
      `« ${p.kind_label ?? p.file_name ?? 'Un document'} » du dossier « ${dossier(p)} » expire le ${dayOf(p.expires_on) ?? 'jour indiqué'}.`,
      'Prévoyez de le renouveler pour que le dossier reste complet.',
    ],
    action: { label: 'Voir le dossier', path: p.link },
  }),
  account_suspended: (p) => ({
    subject: 'Votre compte CAPITUNE est suspendu',
    heading: 'Votre compte est suspendu',
    paragraphs: [
      'Un administrateur a suspendu votre compte CAPITUNE. Tant que la suspension dure, vous ne pouvez plus vous connecter ; vos données sont conservées.',
      'Pour en connaître la raison ou la contester, répondez à ce courriel.',
    ],
    action: { label: 'En savoir plus', path: p.link },
  }),
};
