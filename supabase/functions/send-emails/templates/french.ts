// The French emails (fr-CA, fr-FR), one per notification kind.
import { dossierStatusInSentence } from '../../_shared/contract/labels.ts';
import type { EmailContent } from './layout.ts';
import type { Payload, TemplateSet } from './kinds.ts';
import { day, type Reader } from './reader.ts';

const status = (value: string | undefined) => (value ? dossierStatusInSentence(value) : 'mis à jour');
const quoted = (label: string, value: string | undefined) => (value ? { label, text: value } : undefined);
const dossier = (p: Payload) => p.dossier_title ?? 'votre dossier';
const event = (p: Payload) => p.event_title ?? 'le Live';
const task = (p: Payload) => p.task_title ?? 'une tâche';
const dueSentence = (p: Payload, r: Reader) => (day(p.due_on, r) ? [`Échéance : ${day(p.due_on, r)}.`] : []);
const taskReminderSubject: Record<string, string> = { day: 'À faire aujourd’hui', '1d': 'À faire demain' };
const eventPage = (p: Payload) => ({ label: 'Voir le Live', path: p.link });

const chatPrivacy = 'Pour protéger votre dossier, le contenu des messages n’est pas envoyé par courriel.';
const senderOf = (p: Payload, index = 0) => p.messages?.[index]?.sender_name ?? p.sender_name ?? 'Votre interlocuteur';

function chatMessage(p: Payload): EmailContent {
  const when = p.messages?.[0]?.sent_at_text;
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
      `Depuis notre dernier courriel, vous avez reçu ${
        count > 1 ? `${count} messages` : 'un message'
      } dans le dossier « ${dossier(p)} » :`,
      ...messages.map((m, i) => `• ${senderOf(p, i)}${m.sent_at_text ? `, le ${m.sent_at_text}` : ''}`),
      chatPrivacy,
    ],
    action: { label: 'Lire les messages', path: p.link },
  };
}

export const french: TemplateSet = {
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
    paragraphs: [
      `Vous êtes inscrit à « ${event(p)} ».`,
      ...(p.starts_at_text ? [`Rendez-vous le ${p.starts_at_text}.`] : []),
    ],
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
      ...(p.starts_at_text ? [`Rendez-vous le ${p.starts_at_text}.`] : []),
    ],
    action: eventPage(p),
  }),
  event_cancelled: (p) => ({
    subject: `Live annulé : ${event(p)}`,
    heading: 'Live annulé',
    paragraphs: [`« ${event(p)} » est annulé. Nous sommes désolés pour ce contretemps.`],
    quote: quoted('Motif', p.reason ?? p.body),
    action: eventPage(p),
  }),
  event_reminder: (p) => ({
    subject: `${p.lead === '1h' ? 'Dans une heure' : 'Demain'} : ${event(p)}`,
    heading: p.lead === '1h' ? 'Votre Live commence dans une heure' : 'Votre Live a lieu demain',
    paragraphs: [`Rappel : « ${event(p)} » commence le ${p.starts_at_text ?? 'jour prévu'}.`],
    action: { label: 'Rejoindre le Live', path: p.link },
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
  task_assigned: (p, r) => ({
    subject: `${p.reopened ? 'Tâche à reprendre' : 'Nouvelle tâche'} : ${task(p)}`,
    heading: p.reopened ? 'Une tâche est à reprendre' : 'Une nouvelle tâche vous attend',
    paragraphs: [`Dossier « ${dossier(p)} » : « ${task(p)} ».`, ...dueSentence(p, r)],
    quote: quoted(p.reopened ? 'Motif' : 'Note', p.reason ?? p.body),
    action: { label: 'Voir la tâche', path: p.link },
  }),
  task_reminder: (p, r) => ({
    subject: `${taskReminderSubject[p.lead ?? ''] ?? 'Rappel'} : ${task(p)}`,
    heading: 'Rappel de tâche',
    paragraphs: [`Dossier « ${dossier(p)} » : « ${task(p)} » est à faire.`, ...dueSentence(p, r)],
    action: { label: 'Voir la tâche', path: p.link },
  }),
  task_overdue: (p, r) => ({
    subject: `Tâche en retard : ${task(p)}`,
    heading: 'Une tâche est en retard',
    paragraphs: [`Dossier « ${dossier(p)} » : « ${task(p)} » n’est pas terminée.`, ...dueSentence(p, r)],
    action: { label: 'Voir le dossier', path: p.link },
  }),
  document_expiring: (p, r) => ({
    subject: `Document bientôt expiré : ${p.kind_label ?? p.file_name ?? 'un document'}`,
    heading: 'Un document arrive à expiration',
    paragraphs: [
      `« ${p.kind_label ?? p.file_name ?? 'Un document'} » du dossier « ${dossier(p)} » expire le ${
        day(p.expires_on, r) ?? 'jour indiqué'
      }.`,
      'Prévoyez de le renouveler pour que le dossier reste complet.',
    ],
    action: { label: 'Voir le dossier', path: p.link },
  }),
  account_suspended: (p) => ({
    subject: 'Votre compte CAPITUNE est suspendu',
    heading: 'Votre compte est suspendu',
    paragraphs: [
      'Un administrateur a suspendu votre compte CAPITUNE. Tant que la suspension dure, vous ne pouvez plus vous connecter ; vos données sont conservées.',
      'Pour en connaître le motif ou la contester, répondez à ce courriel.',
    ],
    action: { label: 'En savoir plus', path: p.link },
  }),
};
