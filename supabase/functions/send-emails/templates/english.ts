// The English emails (en-CA), one per notification kind, saying what the French ones say.
import { dossierStatusInSentenceEn } from '../../_shared/contract/labels-en.ts';
import type { EmailContent } from './layout.ts';
import type { Payload, TemplateSet } from './kinds.ts';
import { day, type Reader } from './reader.ts';

const status = (value: string | undefined) => (value ? dossierStatusInSentenceEn(value) : 'updated');
const quoted = (label: string, value: string | undefined) => (value ? { label, text: value } : undefined);
const dossier = (p: Payload) => p.dossier_title ?? 'your application';
const event = (p: Payload) => p.event_title ?? 'the Live session';
const task = (p: Payload) => p.task_title ?? 'a task';
const dueSentence = (p: Payload, r: Reader) => (day(p.due_on, r) ? [`Due: ${day(p.due_on, r)}.`] : []);
const taskReminderSubject: Record<string, string> = { day: 'Due today', '1d': 'Due tomorrow' };
const eventPage = (p: Payload) => ({ label: 'View the Live session', path: p.link });

const chatPrivacy = 'To protect your application, message contents are never sent by email.';
const senderOf = (p: Payload, index = 0) => p.messages?.[index]?.sender_name ?? p.sender_name ?? 'Your contact';

function chatMessage(p: Payload): EmailContent {
  const when = p.messages?.[0]?.sent_at_text;
  return {
    subject: `New message from ${senderOf(p)} — ${dossier(p)}`,
    heading: 'You have a new message',
    paragraphs: [
      `${senderOf(p)} wrote to you${when ? ` on ${when}` : ''} about the application “${dossier(p)}”.`,
      chatPrivacy,
    ],
    action: { label: 'Read the message', path: p.link },
  };
}

/** The messages that arrived since the last chat email, one line each: sender and time. */
function chatDigest(p: Payload): EmailContent {
  const messages = p.messages ?? [];
  const count = Math.max(messages.length, 1);
  return {
    subject: `${count} ${count > 1 ? 'new messages' : 'new message'} — ${dossier(p)}`,
    heading: 'Messages are waiting for you',
    paragraphs: [
      `Since our last email, you have received ${count > 1 ? `${count} messages` : 'a message'} in the application “${
        dossier(p)
      }”:`,
      ...messages.map((m, i) => `• ${senderOf(p, i)}${m.sent_at_text ? `, on ${m.sent_at_text}` : ''}`),
      chatPrivacy,
    ],
    action: { label: 'Read the messages', path: p.link },
  };
}

export const english: TemplateSet = {
  message_received: (p) => p.digest ? chatDigest(p) : chatMessage(p),
  document_reviewed: (p) => {
    const rejected = p.decision === 'rejected';
    const file = p.file_name ?? 'your document';
    return {
      subject: `${rejected ? 'Document refused' : 'Document approved'}: ${file}`,
      heading: rejected ? 'A document needs replacing' : 'Document approved',
      paragraphs: rejected
        ? [`Your document “${file}” in the application “${dossier(p)}” was refused.`, 'Upload a new version from your application.']
        : [`Your document “${file}” in the application “${dossier(p)}” was approved.`],
      quote: rejected ? quoted('Reason for refusal', p.reason ?? p.body) : undefined,
      action: { label: 'View my application', path: p.link },
    };
  },
  dossier_status_changed: (p) => ({
    subject: `Application “${dossier(p)}”: ${status(p.to)}`,
    heading: 'Your application’s status has changed',
    paragraphs: [
      p.from
        ? `The application “${dossier(p)}” went from “${status(p.from)}” to “${status(p.to)}”.`
        : `The application “${dossier(p)}” is now “${status(p.to)}”.`,
    ],
    quote: quoted('Note', p.note),
    action: { label: 'View the application', path: p.link },
  }),
  event_registered: (p) => ({
    subject: `Registration confirmed: ${event(p)}`,
    heading: 'Your registration is confirmed',
    paragraphs: [
      `You are registered for “${event(p)}”.`,
      ...(p.starts_at_text ? [`See you on ${p.starts_at_text}.`] : []),
    ],
    action: eventPage(p),
  }),
  event_waitlisted: (p) => ({
    subject: `Waiting list: ${event(p)}`,
    heading: 'You are on the waiting list',
    paragraphs: [`“${event(p)}” is full: you are on the waiting list.`, 'We will write to you as soon as a seat frees up.'],
    action: eventPage(p),
  }),
  event_promoted: (p) => ({
    subject: `A seat is free: ${event(p)}`,
    heading: 'You are registered',
    paragraphs: [
      `A seat freed up for “${event(p)}”: you are now registered.`,
      ...(p.starts_at_text ? [`See you on ${p.starts_at_text}.`] : []),
    ],
    action: eventPage(p),
  }),
  event_cancelled: (p) => ({
    subject: `Live session cancelled: ${event(p)}`,
    heading: 'Live session cancelled',
    paragraphs: [`“${event(p)}” is cancelled. We are sorry for the inconvenience.`],
    quote: quoted('Reason', p.reason ?? p.body),
    action: eventPage(p),
  }),
  event_reminder: (p) => ({
    subject: `${p.lead === '1h' ? 'In one hour' : 'Tomorrow'}: ${event(p)}`,
    heading: p.lead === '1h' ? 'Your Live session starts in one hour' : 'Your Live session is tomorrow',
    paragraphs: [`Reminder: “${event(p)}” starts on ${p.starts_at_text ?? 'the scheduled day'}.`],
    action: { label: 'Join the Live session', path: p.link },
  }),
  // The title of a community notification is written in SQL (in French): the English email keeps
  // its own words and quotes only what the member wrote.
  post_reply: (p) => ({
    subject: 'New reply to your post',
    heading: 'New reply to your post',
    paragraphs: ['A member replied to your post on Inside.'],
    quote: quoted('Reply', p.body),
    action: { label: 'View the discussion', path: p.link },
  }),
  // private.kind_sends_email() keeps likes in the app; the template is here should that change.
  post_liked: (p) => ({
    subject: 'Members liked your post',
    heading: 'Your post is popular',
    paragraphs: ['Members liked your post on Inside.'],
    quote: quoted('Post', p.body),
    action: { label: 'View the post', path: p.link },
  }),
  task_assigned: (p, r) => ({
    subject: `${p.reopened ? 'Task to redo' : 'New task'}: ${task(p)}`,
    heading: p.reopened ? 'A task needs redoing' : 'A new task is waiting for you',
    paragraphs: [`Application “${dossier(p)}”: “${task(p)}”.`, ...dueSentence(p, r)],
    quote: quoted(p.reopened ? 'Reason' : 'Note', p.reason ?? p.body),
    action: { label: 'View the task', path: p.link },
  }),
  task_reminder: (p, r) => ({
    subject: `${taskReminderSubject[p.lead ?? ''] ?? 'Reminder'}: ${task(p)}`,
    heading: 'Task reminder',
    paragraphs: [`Application “${dossier(p)}”: “${task(p)}” is to do.`, ...dueSentence(p, r)],
    action: { label: 'View the task', path: p.link },
  }),
  task_overdue: (p, r) => ({
    subject: `Overdue task: ${task(p)}`,
    heading: 'A task is overdue',
    paragraphs: [`Application “${dossier(p)}”: “${task(p)}” is not done.`, ...dueSentence(p, r)],
    action: { label: 'View the application', path: p.link },
  }),
  document_expiring: (p, r) => ({
    subject: `Document expiring soon: ${p.kind_label ?? p.file_name ?? 'a document'}`,
    heading: 'A document is about to expire',
    paragraphs: [
      `“${p.kind_label ?? p.file_name ?? 'A document'}” in the application “${dossier(p)}” expires on ${
        day(p.expires_on, r) ?? 'the date shown'
      }.`,
      'Plan to renew it so the application stays complete.',
    ],
    action: { label: 'View the application', path: p.link },
  }),
  account_suspended: (p) => ({
    subject: 'Your CAPITUNE account is suspended',
    heading: 'Your account is suspended',
    paragraphs: [
      'An administrator suspended your CAPITUNE account. While the suspension lasts, you cannot sign in; your data is kept.',
      'To learn why or to contest it, reply to this email.',
    ],
    action: { label: 'Learn more', path: p.link },
  }),
};
