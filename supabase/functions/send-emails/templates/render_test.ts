import assert from 'node:assert/strict';
import { routes } from '../../_shared/contract/routes.ts';
import { notificationKinds } from './kinds.ts';
import { appUrl, escapeHtml } from './layout.ts';
import { renderEmail } from './render.ts';

const context = { siteUrl: 'https://app.capitune.ca', recipientName: 'Awa Ndiaye' };
const hostile = '<script>alert("x")</script> & Cie';

// Payloads as private.notify() enqueues them: the kind's data plus title, body and link, and each
// time written out by the database in the recipient's zone (private.member_local_time).
const startsAt = { starts_at: '2026-12-03T23:00:00+00:00', starts_at_text: "jeudi 3 décembre 2026 à 18 h (heure de l’Est)" };
const payloads: Record<string, Record<string, unknown>> = {
  message_received: {
    dossier_title: 'Entrée express',
    messages: [{
      sender_name: 'Julie Pro',
      sent_at: '2026-12-03T15:05:00Z',
      sent_at_text: "jeudi 3 décembre 2026 à 10 h 05 (heure de l’Est)",
    }],
    time_zone: 'America/Toronto',
    link: '/dossiers/d1',
  },
  document_reviewed: {
    file_name: 'passeport.pdf',
    dossier_title: 'PVT',
    decision: 'rejected',
    reason: 'Illisible',
    link: '/dossiers/d1',
  },
  dossier_status_changed: { dossier_title: 'PVT', from: 'submitted', to: 'in_review', note: null, link: '/dossiers/d1' },
  event_registered: { event_title: 'Live CSQ', ...startsAt, link: '/live/e1' },
  event_waitlisted: { event_title: 'Live CSQ', ...startsAt, link: '/live/e1' },
  event_promoted: { event_title: 'Live CSQ', ...startsAt, link: '/live/e1' },
  event_cancelled: { event_title: 'Live CSQ', reason: 'Intervenant malade', link: '/live/e1' },
  event_reminder: { event_title: 'Live CSQ', ...startsAt, lead: '1h', link: '/live/e1' },
  post_reply: { title: 'Marc a répondu à votre publication', body: 'Merci !', link: '/inside/p1' },
  post_liked: { title: 'Marc et 2 autres personnes ont aimé votre publication', body: 'Biométrie à Montréal', link: '/inside/p1' },
  task_assigned: { task_title: 'Certificat de police', dossier_title: 'PVT', due_on: '2026-12-05', reopened: false, link: '/dossiers/d1' },
  task_reminder: { task_title: 'Certificat de police', dossier_title: 'PVT', due_on: '2026-12-05', lead: '1d', link: '/dossiers/d1' },
  task_overdue: { task_title: 'Certificat de police', dossier_title: 'PVT', due_on: '2026-12-05', lead: 'overdue', link: '/dossiers/d1' },
  document_expiring: { kind_label: 'Passeport', dossier_title: 'PVT', expires_on: '2027-02-28', lead: '90d', link: '/dossiers/d1' },
  account_suspended: { title: 'Votre compte CAPITUNE est suspendu', link: '/compte-suspendu' },
};

Deno.test('a due day reads as the day the database counted, whatever the zone it is shown from', () => {
  const email = renderEmail('task_reminder', payloads.task_reminder, context);
  assert.equal(email.subject, 'À faire demain\u00a0: Certificat de police');
  assert.match(email.text, /Échéance\u00a0: samedi 5 décembre 2026\./);
  assert.match(renderEmail('document_expiring', payloads.document_expiring, context).text, /expire le dimanche 28 février 2027/);
});

Deno.test('every notification kind renders a French subject, a text part and an HTML part', () => {
  for (const kind of notificationKinds) {
    const email = renderEmail(kind, payloads[kind], context);
    assert.ok(email.subject.length > 5 && !/undefined|null/.test(email.subject), `${kind}: ${email.subject}`);
    assert.match(email.text, /^Bonjour Awa Ndiaye,/, kind);
    assert.ok(!/undefined|\[object/.test(email.text + email.html), kind);
    assert.match(email.html, /<html lang="fr">/, kind);
    assert.ok(email.text.includes('https://app.capitune.ca/'), `${kind} links back to the web app`);
  }
});

Deno.test('every kind still renders from an empty payload', () => {
  for (const kind of notificationKinds) {
    const email = renderEmail(kind, {}, { siteUrl: 'https://app.capitune.ca' });
    assert.match(email.text, /^Bonjour,/);
    assert.ok(!/undefined/.test(email.subject + email.text + email.html), kind);
  }
});

// Fields that choose wording or links rather than being shown as typed.
const structural = new Set(['link', 'starts_at', 'decision', 'lead', 'from', 'to', 'due_on', 'expires_on', 'reopened']);

Deno.test('user-written text is escaped in HTML and kept readable in text', () => {
  for (const kind of notificationKinds) {
    const payload = Object.fromEntries(
      Object.entries(payloads[kind]).map(([key, value]) => [key, structural.has(key) ? value : hostile]),
    );
    const email = renderEmail(kind, { ...payload, body: hostile, title: hostile }, {
      ...context,
      recipientName: hostile,
    });
    assert.ok(!email.html.includes('<script>'), `${kind} HTML has no raw script`);
    assert.ok(email.html.includes('&lt;script&gt;'), `${kind} shows the text escaped`);
    assert.ok(email.text.includes('<script>alert("x")</script> & Cie'), `${kind} text keeps it as typed`);
  }
});

Deno.test('a rejected document’s email says so and gives the reason', () => {
  const email = renderEmail('document_reviewed', payloads.document_reviewed, context);
  assert.equal(email.subject, 'Document refusé\u00a0: passeport.pdf');
  assert.match(email.text, /Motif du refus\u202f:\n> Illisible/);
  assert.match(email.text, /Voir mon dossier\u202f: https:\/\/app\.capitune\.ca\/dossiers\/d1/);
});

Deno.test('a dossier’s status change names the statuses as the web app does, inside the sentence', () => {
  const email = renderEmail('dossier_status_changed', payloads.dossier_status_changed, context);
  assert.equal(email.subject, 'Dossier «\u00a0PVT\u00a0»\u00a0: en révision');
  assert.match(email.text, /est passé de «\u00a0soumis\u00a0» à «\u00a0en révision\u00a0»/);
});

Deno.test('every email’s « Gérer mes préférences » opens the profile page', () => {
  for (const kind of notificationKinds) {
    const email = renderEmail(kind, payloads[kind], context);
    assert.ok(email.text.endsWith(`Gérer mes préférences\u202f: https://app.capitune.ca${routes.profile}`), kind);
    assert.ok(email.html.includes(`<a href="https://app.capitune.ca${routes.profile}"`), kind);
  }
});

Deno.test('an event’s start reads as the database wrote it, whatever zone rules this runtime carries', () => {
  // British Columbia stays on UTC−7 from November 2026 (tzdata 2026b); a runtime with older tzdata
  // would say 4:00 a.m. for this instant, the database says 5:00 AM: the email prints the database's text.
  const vancouver = {
    ...payloads.event_registered,
    starts_at: '2027-01-15T12:00:00+00:00',
    starts_at_text: 'Friday, January 15, 2027, 5:00 AM (Pacific Time)',
    locale: 'en-CA',
    time_zone: 'America/Vancouver',
  };
  for (const kind of ['event_registered', 'event_promoted', 'event_reminder'] as const) {
    const text = renderEmail(kind, vancouver, context).text;
    assert.ok(text.includes('Friday, January 15, 2027, 5:00 AM (Pacific Time).'), `${kind}: ${text}`);
    assert.ok(!/4:00/.test(text), kind);
  }
  assert.match(renderEmail('event_registered', payloads.event_registered, context).text, /Rendez-vous le jeudi 3 décembre 2026 à 18 h \(heure de l’Est\)\./);
  // Without the database's text (an older row) the email says no time rather than computing one.
  const { starts_at_text: _, ...bare } = payloads.event_registered;
  assert.ok(!/Rendez-vous|2026/.test(renderEmail('event_registered', bare, context).text));
  assert.match(renderEmail('event_reminder', { ...bare, lead: '1h' }, context).text, /commence le jour prévu\./);
});

Deno.test('an English member gets the whole email in English: subject, frame and times', () => {
  const payload = {
    ...payloads.event_reminder,
    starts_at_text: 'Thursday, December 3, 2026, 3:00 PM (Pacific Time)',
    locale: 'en-CA',
    time_zone: 'America/Vancouver',
  };
  const email = renderEmail('event_reminder', payload, { ...context, unsubscribeUrl: 'https://x.test/u' });
  assert.equal(email.subject, 'In one hour: Live CSQ');
  assert.match(email.text, /^Hello Awa Ndiaye,\n/);
  assert.match(email.text, /starts on Thursday, December 3, 2026, 3:00 PM \(Pacific Time\)\./);
  assert.match(email.text, /Manage my preferences: https:\/\/app\.capitune\.ca\//);
  assert.match(email.text, /Stop receiving this kind of email: https:\/\/x\.test\/u$/);
  assert.match(email.html, /<html lang="en">/);
  assert.ok(!/Bonjour|Gérer|courriel/.test(email.text + email.html));
});

Deno.test('every notification kind renders in English for an en-CA reader, with no French frame', () => {
  for (const kind of notificationKinds) {
    const email = renderEmail(kind, { ...payloads[kind], locale: 'en-CA' }, context);
    assert.ok(email.subject.length > 5 && !/undefined|null/.test(email.subject), `${kind}: ${email.subject}`);
    assert.match(email.text, /^Hello Awa Ndiaye,/, kind);
    assert.ok(!/undefined|\[object|Bonjour|Voir |Gérer/.test(email.text + email.html), `${kind}: ${email.text}`);
  }
  const status = renderEmail('dossier_status_changed', { ...payloads.dossier_status_changed, locale: 'en-CA' }, context);
  assert.match(status.text, /went from “submitted” to “in review”/);
});

Deno.test('subjects are one line, whatever the data', () => {
  const email = renderEmail('message_received', { sender_name: 'A\r\nBcc: x@evil.test', dossier_title: 'T' }, context);
  assert.ok(!/[\r\n]/.test(email.subject));
});

Deno.test('links never leave the web app', () => {
  const site = 'https://app.capitune.ca';
  assert.equal(appUrl(site, '/dossiers/1?x=1'), 'https://app.capitune.ca/dossiers/1?x=1');
  for (const path of ['//evil.test/x', 'https://evil.test', '/\\evil.test', 'javascript:alert(1)', undefined]) {
    assert.equal(appUrl(site, path), 'https://app.capitune.ca/', String(path));
  }
});

Deno.test('escapeHtml escapes the five special characters', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

Deno.test('an unknown template is an error, not a blank email', () => {
  assert.throws(() => renderEmail('not_a_kind', {}, context), /Unknown email template/);
});

Deno.test('a chat email says who wrote and when, as the database wrote it in the recipient’s zone, and never what', () => {
  const email = renderEmail('message_received', { ...payloads.message_received, body: 'Mon numéro de passeport est X123' }, context);
  assert.equal(email.subject, 'Nouveau message de Julie Pro — Entrée express');
  assert.match(email.text, /Julie Pro vous a écrit le jeudi 3 décembre 2026 à 10 h 05 \(heure de l’Est\) au sujet du dossier «\u00a0Entrée express\u00a0»\./);
  assert.ok(!(email.text + email.html).includes('X123'));
});

Deno.test('a chat digest lists each message of its window, sender and time, in one email', () => {
  const email = renderEmail('message_received', {
    ...payloads.message_received,
    digest: true,
    messages: [
      { sender_name: 'Julie Pro', sent_at_text: "jeudi 3 décembre 2026 à 10 h 05 (heure de l’Est)" },
      { sender_name: 'Claire Admin', sent_at_text: "jeudi 3 décembre 2026 à 10 h 09 (heure de l’Est)" },
    ],
  }, context);
  assert.equal(email.subject, '2 nouveaux messages — Entrée express');
  assert.match(email.text, /• Julie Pro, le jeudi 3 décembre 2026 à 10 h 05 \(heure de l’Est\)\n\n• Claire Admin, le jeudi 3 décembre 2026 à 10 h 09/);
});

// docs/glossary.md: one word per concept, in the emails as in the web app.
Deno.test('emails use the glossary’s words: Live, dossier, motif; application, refused, waiting list', () => {
  const replacedInFrench = /événement|webinaire|\braison\b/i;
  const replacedInEnglish = /\bevents?\b|webinar|\bfile\b|\brejected\b|waitlist/i;
  for (const kind of notificationKinds) {
    for (const payload of [payloads[kind], {}]) {
      const french = renderEmail(kind, payload, context);
      assert.doesNotMatch(`${french.subject}\n${french.text}`, replacedInFrench, kind);
      const english = renderEmail(kind, { ...payload, locale: 'en-CA' }, context);
      assert.doesNotMatch(`${english.subject}\n${english.text}`, replacedInEnglish, kind);
    }
  }
});

// French typography (docs/glossary.md): no line may break before ? ! : ; » or after «, whether the
// template or the member wrote the words (a dossier called « Permis : étape 2 ? »).
Deno.test('French emails keep ? ! : ; » with the word before and « with the word after', () => {
  const breakable = / (?=[?!:;»])|« /;
  for (const kind of notificationKinds) {
    for (const payload of [{ ...payloads[kind], dossier_title: 'Permis : étape 2 ?', event_title: 'Québec : « oui » !' }, {}]) {
      const email = renderEmail(kind, payload, { ...context, unsubscribeUrl: 'https://exemple.ca/desabonnement' });
      assert.doesNotMatch(`${email.subject}\n${email.text}`, breakable, `${kind}: ${email.subject}\n${email.text}`);
    }
  }
});
