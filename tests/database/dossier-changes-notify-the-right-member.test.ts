// A chat message, a document review and a dossier status change each write one notification for
// the right member with a link to the dossier, broadcast once on user:<id>, with one email to their
// sign-in address; the one who acted is never told.
import { describe, expect, it } from 'vitest';
import { attempt, ok } from '../support/db.ts';
import { caseFile, expectNothingFor, expectNotifiedOnce, notificationsOf, sendMessage } from '../support/notifications.ts';
import { createDocument, createMember, type Member } from '../support/world.ts';

describe('a new chat message', () => {
  it("the candidate's message notifies the assigned pro once, with a link to the dossier, and not the candidate", async () => {
    const c = await caseFile();
    const [message] = await sendMessage(c.candidate, c.dossier, 'Voici mon relevé de notes.');
    await expectNotifiedOnce(c.pro, {
      kind: 'message_received',
      link: `/dossiers/${c.dossier}`,
      title: 'Nouveau message de Nadia Haddad',
      body: 'Voici mon relevé de notes.',
      data: { dossier_id: c.dossier, message_id: message!.id, sender_name: 'Nadia Haddad' },
    });
    await expectNothingFor(c.candidate);
    await expectNothingFor(c.admin);
  });

  it("the pro's message notifies the candidate once, and not the pro", async () => {
    const c = await caseFile();
    await sendMessage(c.pro, c.dossier, 'Il manque votre certificat de police.');
    await expectNotifiedOnce(c.candidate, {
      kind: 'message_received',
      link: `/dossiers/${c.dossier}`,
      title: 'Nouveau message de Julien Roy',
      body: 'Il manque votre certificat de police.',
    });
    await expectNothingFor(c.pro);
  });

  it("an admin's message notifies both the candidate and the assigned pro, once each", async () => {
    const c = await caseFile();
    await sendMessage(c.admin, c.dossier, 'Votre dossier change de conseillère.');
    for (const recipient of [c.candidate, c.pro]) {
      await expectNotifiedOnce(recipient, { kind: 'message_received', link: `/dossiers/${c.dossier}`, title: 'Nouveau message de Admin Capitune' });
    }
    await expectNothingFor(c.admin);
  });

  it('a long message is cut to 140 characters in the notification', async () => {
    const c = await caseFile();
    await sendMessage(c.candidate, c.dossier, 'é'.repeat(300));
    const [n] = await notificationsOf(c.pro.id, 'message_received');
    expect(n!.body).toBe('é'.repeat(140));
  });
});

describe('a document review', () => {
  it('an approved document notifies the candidate once, and not the reviewing pro', async () => {
    const c = await caseFile();
    const doc = await createDocument(c.dossier, c.candidate.id, { fileName: 'passeport.pdf' });
    await ok(attempt(c.pro.actor, `select id from public.review_document($1, 'approved')`, [doc.id]));
    await expectNotifiedOnce(c.candidate, {
      kind: 'document_reviewed',
      link: `/dossiers/${c.dossier}`,
      title: 'Document approuvé : passeport.pdf',
      body: '',
      data: { document_id: doc.id, decision: 'approved', reason: null },
    });
    await expectNothingFor(c.pro);
  });

  it('a rejected document notifies the candidate once with the reason', async () => {
    const c = await caseFile();
    const doc = await createDocument(c.dossier, c.candidate.id, { fileName: 'tef.pdf' });
    await ok(attempt(c.admin.actor, `select id from public.review_document($1, 'rejected', $2)`, [doc.id, '  Résultats expirés.  ']));
    await expectNotifiedOnce(c.candidate, {
      kind: 'document_reviewed',
      link: `/dossiers/${c.dossier}`,
      title: 'Document refusé : tef.pdf',
      body: 'Résultats expirés.',
      data: { document_id: doc.id, decision: 'rejected', reason: 'Résultats expirés.' },
    });
    await expectNothingFor(c.pro);
    await expectNothingFor(c.admin);
  });
});

describe('a dossier status change', () => {
  const move = (who: Member, dossier: string, to: string, note: string | null = null) =>
    ok(attempt(who.actor, `select id from public.change_dossier_status($1, $2, $3)`, [dossier, to, note]));

  it('the candidate submitting notifies the assigned pro, not the candidate', async () => {
    const c = await caseFile('draft');
    await move(c.candidate, c.dossier, 'submitted');
    await expectNotifiedOnce(c.pro, {
      kind: 'dossier_status_changed',
      link: `/dossiers/${c.dossier}`,
      title: 'Dossier « Résidence permanente » : soumis',
      data: { dossier_id: c.dossier, from: 'draft', to: 'submitted' },
    });
    await expectNothingFor(c.candidate);
  });

  it("the pro's request for action notifies the candidate with the note, not the pro", async () => {
    const c = await caseFile('in_review');
    await move(c.pro, c.dossier, 'action_required', 'Ajoutez la lettre de l’employeur.');
    await expectNotifiedOnce(c.candidate, {
      kind: 'dossier_status_changed',
      link: `/dossiers/${c.dossier}`,
      title: 'Dossier « Résidence permanente » : action requise',
      body: 'Ajoutez la lettre de l’employeur.',
      data: { from: 'in_review', to: 'action_required', note: 'Ajoutez la lettre de l’employeur.' },
    });
    await expectNothingFor(c.pro);
  });

  it("an admin's decision notifies both the candidate and the assigned pro", async () => {
    const c = await caseFile('in_review');
    await move(c.admin, c.dossier, 'approved');
    for (const recipient of [c.candidate, c.pro]) {
      await expectNotifiedOnce(recipient, {
        kind: 'dossier_status_changed',
        link: `/dossiers/${c.dossier}`,
        title: 'Dossier « Résidence permanente » : approuvé',
      });
    }
    await expectNothingFor(c.admin);
  });

  it('creating a dossier notifies nobody', async () => {
    const candidate = await createMember();
    const created = await ok(
      attempt<{ id: string }>(candidate.actor, `insert into public.dossiers (program_type, title) values ('study_permit', 'Études') returning id`),
    );
    expect(created).toHaveLength(1);
    await expectNothingFor(candidate);
  });
});
