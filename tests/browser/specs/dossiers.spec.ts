// Mon dossier, as a candidate: create, follow the timeline and checklist, submit, upload, chat.
import { rest, storage } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import {
  checklist, created, DOSSIER_ID, dossierRow, dossierTopic, documentRow, messageBroadcast, messageRow, nextStepRow, rows, serveDossierPage,
  type HistoryRow,
} from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { DossierListPage, NewDossierPage } from '../pages/dossier-list-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const created_at = '2026-11-20T14:00:00.000+00:00';
const creation = (by: string): HistoryRow => ({ id: 1, from_status: null, to_status: 'draft', note: null, created_at: '2026-10-01T14:00:00.000+00:00', author: { full_name: by, role: 'candidate' } });

test('a candidate creates a dossier, lands on it, and finds it in their list', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  let mine: unknown[] = [];
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { candidate_id: `eq.${candidate.user.id}` } }, () => rows(mine));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_next_steps' }, rows([]));

  const list = new DossierListPage(page);
  await list.goto();
  await expect(page.getByText('Aucun dossier pour l’instant')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'dossiers (empty)');
  await screenshot(page, 'dossiers-empty');

  await list.newDossier.click();
  const form = new NewDossierPage(page);
  await form.expectShown();
  await expectNoSeriousA11yViolations(page, 'new dossier');
  await screenshot(page, 'dossier-new');

  const title = 'Permis d’études – Université Laval';
  const dossier = dossierRow(candidate, null, { status: 'draft', program_type: 'study_permit', title, description: 'Maîtrise en génie logiciel.', submitted_at: null });
  serveDossierPage(standIn, { dossier, viewer: candidate, history: [creation(candidate.profile.full_name)] });
  standIn.on({ method: 'POST', path: '/rest/v1/dossiers' }, () => {
    // Created now, on the scenario's clock; a new draft's next step is its documents.
    mine = [{ id: DOSSIER_ID, title, program_type: 'study_permit', status: 'draft', created_at: FIXTURE_NOW, updated_at: FIXTURE_NOW, candidate_unread_count: 0 }];
    standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_next_steps' }, rest.rpc('my_next_steps', [{
      dossier_id: DOSSIER_ID, title, status: 'draft', candidate_name: candidate.profile.full_name, pro_name: null as unknown as string,
      ...nextStepRow({ action: 'add_documents', actor: 'candidate', documents: ['Passeport', 'Photo d’identité'] }),
    }]));
    return created({ id: DOSSIER_ID });
  });
  await form.create({ program: 'study_permit', title, description: '  Maîtrise en génie logiciel.  ' });

  const detail = new DossierDetailPage(page);
  await expect(detail.title).toHaveText(title);
  await expect(detail.status).toHaveText('Brouillon');
  await expect(page).toHaveURL((url) => url.pathname === `/dossiers/${DOSSIER_ID}`);
  const inserts = standIn.requests({ method: 'POST', path: '/rest/v1/dossiers' });
  expect(inserts).toHaveLength(1);
  expect(inserts[0]).toMatchObject({ client: 'browser', query: { select: 'id' } });
  expect(inserts[0]!.body).toEqual({ program_type: 'study_permit', title, description: 'Maîtrise en génie logiciel.' });

  await page.getByRole('link', { name: 'Mes dossiers' }).first().click(); // the menu's; the page's back link says the same
  await list.expectShown();
  await expect(list.cards).toHaveCount(1);
  await expect(list.card(title)).toContainText('Brouillon');
  await expect(list.card(title)).toContainText('Permis d’études');
  await expect(list.card(title)).toContainText('mis à jour le 25 novembre 2026');
  await expect(list.card(title).getByTestId('next-step-line')).toHaveText('Prochaine étape : Déposer les documents manquants');
  const reads = standIn.requests({ method: 'GET', path: '/rest/v1/dossiers', query: { candidate_id: `eq.${candidate.user.id}` } });
  expect(reads.at(-1)!.query).toMatchObject({
    select: 'id,title,program_type,status,created_at,updated_at,candidate_unread_count',
  });
  await expectNoSeriousA11yViolations(page, 'dossiers');
  await screenshot(page, 'dossiers-list');
});

test('a candidate reads the timeline and checklist of a draft, then submits it', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  const draft = dossierRow(candidate, sophie(), { status: 'draft', submitted_at: null });
  serveDossierPage(standIn, {
    dossier: draft,
    viewer: candidate,
    history: [creation(candidate.profile.full_name)],
    // Nothing refused: a refused document blocks submitting (specs/next-step.spec.ts).
    checklist: checklist({ passport: 'approved', language_test: 'pending', police_certificate: 'pending' }),
    readiness: 25,
    // What public.dossier_next_step answers for it: a draft missing a document (the page always has a step).
    nextStep: nextStepRow({ action: 'add_documents', actor: 'candidate', documents: ['Photo d’identité'] }),
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(page.getByTestId('next-step').getByTestId('next-step-action')).toHaveText('Déposer les documents manquants');
  await expect(page.getByTestId('next-step').getByTestId('next-step-documents')).toHaveText('Photo d’identité');
  await expect(detail.timeline).toHaveCount(1);
  await expect(detail.readiness).toHaveText('25 %');
  await expect(detail.missing).toContainText("Photo d’identité");
  await expect(detail.missing).not.toContainText('Certificat de police');
  await expect(page.getByTestId('checklist-item')).toHaveCount(4);
  await expectNoSeriousA11yViolations(page, 'dossier overview');
  await screenshot(page, 'dossier-overview');

  standIn.on({ method: 'POST', path: '/rest/v1/rpc/change_dossier_status' }, () => {
    serveDossierPage(standIn, {
      dossier: { ...draft, status: 'submitted', submitted_at: created_at },
      viewer: candidate,
      history: [creation(candidate.profile.full_name), { id: 2, from_status: 'draft', to_status: 'submitted', note: null, created_at, author: { full_name: candidate.profile.full_name, role: 'candidate' } }],
      readiness: 25,
      nextStep: nextStepRow({ action: 'start_review', actor: 'pro' }),
    });
    return { status: 200, body: { ...draft, status: 'submitted' } };
  });
  await detail.submit.click();
  await expect(page.getByRole('dialog', { name: 'Soumettre ce dossier ?' })).toBeVisible();
  await detail.confirmSubmit.click();

  await expect(detail.status).toHaveText('Soumis');
  await expect(detail.timeline).toHaveCount(2);
  await expect(detail.submit).toBeHidden();
  expect(standIn.requests({ path: '/rest/v1/rpc/change_dossier_status' }).map((r) => r.body)).toEqual([{ dossier_id: DOSSIER_ID, to_status: 'submitted' }]);
});

test('a candidate renames a draft: an empty title is refused in the form, the new one shows at once', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  const draft = dossierRow(candidate, sophie(), { status: 'draft', submitted_at: null });
  const history = [creation(candidate.profile.full_name)];
  serveDossierPage(standIn, { dossier: draft, viewer: candidate, history });
  standIn.on({ method: 'PATCH', path: '/rest/v1/dossiers', query: { id: `eq.${DOSSIER_ID}` } }, (request) => {
    serveDossierPage(standIn, { dossier: { ...draft, ...(request.body as object) }, viewer: candidate, history });
    return rows([{ id: DOSSIER_ID }]);
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(detail.title).toHaveText(draft.title);
  await page.getByTestId('dossier-edit').click();
  const dialog = page.getByRole('dialog', { name: 'Modifier le dossier' });
  await expect(dialog.getByLabel('Titre')).toHaveValue(draft.title);
  await dialog.getByLabel('Titre').fill('   ');
  await page.getByTestId('dossier-edit-save').click();
  await expect(dialog).toContainText('Donnez un titre à votre dossier.');
  await expectNoSeriousA11yViolations(page, 'edit dossier dialog');

  await dialog.getByLabel('Titre').fill('  Résidence permanente – famille Diallo ');
  await page.getByTestId('dossier-edit-save').click();
  await expect(dialog).toBeHidden();
  await expect(detail.title).toHaveText('Résidence permanente – famille Diallo');
  expect(standIn.requests({ method: 'PATCH', path: '/rest/v1/dossiers' }).map((r) => r.body)).toEqual([
    { title: 'Résidence permanente – famille Diallo', description: draft.description },
  ]);
});

test('a candidate uploads from a checklist slot: its kind is the slot’s, a refusal’s reason shows in place, the expiry too', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  const session = await signIn(candidate);
  const DOCUMENT_ID = '55555555-5555-4555-8555-000000000009';
  const REFUSED_ID = '55555555-5555-4555-8555-000000000008';
  const PHOTO_ID = '55555555-5555-4555-8555-000000000007';
  const reason = 'Le certificat date de plus de six mois : demandez-en un nouveau.';
  const refused = documentRow(candidate, { id: REFUSED_ID, kind: 'police_certificate', file_name: 'casier.jpg', mime_type: 'image/jpeg', status: 'rejected', rejection_reason: reason });
  // Uploaded now, on the scenario's clock.
  const pending = documentRow(candidate, { id: DOCUMENT_ID, kind: 'language_test', file_name: 'tef-amina.pdf', size_bytes: 2048, expires_on: '2028-03-01', created_at: FIXTURE_NOW });
  // The photo the checklist calls expired is a document of the dossier, approved last January.
  const photo = documentRow(candidate, {
    id: PHOTO_ID, kind: 'photo', file_name: 'photo-identite.jpg', mime_type: 'image/jpeg', size_bytes: 182400, status: 'approved',
    expires_on: '2026-06-30', created_at: '2026-01-05T15:00:00.000+00:00', reviewed_at: '2026-01-06T15:00:00.000+00:00',
  });
  const items = checklist({ police_certificate: 'rejected', photo: 'expired' }).map((item) =>
    item.kind === 'police_certificate' ? { ...item, document_id: REFUSED_ID }
      : item.kind === 'photo' ? { ...item, document_id: PHOTO_ID, expires_on: '2026-06-30' } : item);
  let listed: unknown[] = [refused, photo];
  serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate, checklist: items });
  standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${DOSSIER_ID}` } }, () => rows(listed));
  standIn.on({ method: 'POST', path: '/rest/v1/documents' }, created(pending));
  standIn.on({ method: 'POST', path: `/storage/v1/object/documents/${pending.storage_path}` }, () => {
    listed = [pending, refused, photo];
    standIn.on({ method: 'POST', path: '/rest/v1/rpc/dossier_checklist' },
      rest.rpc('dossier_checklist', items.map((item) => (item.kind === 'language_test' ? { ...item, state: 'pending', document_id: DOCUMENT_ID, expires_on: '2028-03-01' } : item))));
    return storage.uploaded('documents', pending.storage_path!);
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID, 'documents');
  // One slot per required document, in the program's order, each saying what is needed.
  // The documents tab loads on demand: its chunk may take a while on a busy machine.
  await expect(page.getByTestId('checklist-slots')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('checklist-slot')).toHaveCount(4);
  await expect(detail.slot('passport')).toContainText('Les pages d’identité de votre passeport');
  await expect(detail.slot('passport').getByTestId('slot-state')).toHaveText('À fournir');
  // The refusal's reason, where the candidate will upload the next file.
  await expect(detail.slot('police_certificate').getByTestId('slot-rejection')).toHaveText(`Refusé : ${reason}`);
  await expect(detail.slot('photo').getByTestId('slot-expiry')).toHaveText('Expiré le 30 juin 2026');
  // The list says the same in the past tense, not « expire le » as if it were to come.
  await expect(detail.document('photo-identite.jpg')).toContainText('expiré depuis le 30 juin 2026');
  // The slots come before any other form, on phones as on desktops.
  const slotsTop = (await page.getByTestId('checklist-slots').boundingBox())!.y;
  expect(slotsTop).toBeLessThan((await page.getByTestId('document-upload').boundingBox())!.y);
  // The camera waits for a touch screen; its input asks for the back camera.
  await expect(detail.slot('passport').getByTestId('slot-take-photo')).toBeHidden();
  await expect(detail.slot('passport').getByTestId('slot-camera-input')).toHaveAttribute('capture', 'environment');
  await expectNoSeriousA11yViolations(page, 'dossier documents');
  await screenshot(page, 'dossier-documents');

  // A file the bucket refuses is stopped before any request, in its slot.
  await detail.uploadToSlot('language_test', { name: 'archive.zip', mimeType: 'application/zip', buffer: Buffer.from('PK') });
  await expect(detail.slot('language_test').getByTestId('slot-problem')).toHaveText('« archive.zip » : format non accepté.');
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/documents' })).toEqual([]);

  const bytes = Buffer.alloc(2048, 7);
  await detail.slot('language_test').getByTestId('slot-expires-on').fill('2028-03-01');
  await detail.uploadToSlot('language_test', { name: 'tef-amina.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(detail.slot('language_test').getByTestId('upload-done')).toHaveText('« tef-amina.pdf » est envoyé : votre consultant va le vérifier.');
  await expect(detail.slot('language_test').getByTestId('slot-state')).toHaveText('En vérification');
  await expect(detail.slot('language_test').getByTestId('slot-expiry')).toHaveText('Valide jusqu’au 1er mars 2028');
  await expect(detail.document('tef-amina.pdf')).toContainText('Résultats de test de langue');
  await expect(detail.document('tef-amina.pdf')).toContainText('déposé le 25 novembre 2026');
  // The other form was never involved: it still offers "other document".
  await expect(detail.documentKind).toHaveValue('');

  const [insert] = standIn.requests({ method: 'POST', path: '/rest/v1/documents' });
  expect(insert!.body).toEqual({ dossier_id: DOSSIER_ID, kind: 'language_test', file_name: 'tef-amina.pdf', mime_type: 'application/pdf', size_bytes: 2048, expires_on: '2028-03-01' });
  const [upload] = standIn.requests({ path: /^\/storage\/v1\/object\/documents\// });
  expect(upload!.path).toBe(`/storage/v1/object/documents/${DOSSIER_ID}/${DOCUMENT_ID}/tef-amina.pdf`);
  expect(upload!.method).toBe('POST');
  expect(upload!.seq).toBeGreaterThan(insert!.seq);
  expect(upload!.headers).toMatchObject({ authorization: `Bearer ${session.access_token}`, 'x-upsert': 'false', 'content-type': 'application/pdf' });
  expect(upload!.rawBody.equals(bytes)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'dossier documents after upload');
  await screenshot(page, 'dossier-documents-uploaded');
});

test('a candidate sees who their consultant is: name, CICC licence and usual reply time, in the overview and the chat', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  // A dossier in review tells one story: its history leads there, its documents are in, two still being checked.
  serveDossierPage(standIn, {
    dossier: dossierRow(candidate, sophie()), viewer: candidate, licence: 'R512345', replyMinutes: 150,
    history: [
      creation(candidate.profile.full_name),
      { id: 2, from_status: 'draft', to_status: 'submitted', note: null, created_at: '2026-10-10T14:00:00.000+00:00', author: { full_name: candidate.profile.full_name, role: 'candidate' } },
      { id: 3, from_status: 'submitted', to_status: 'in_review', note: 'Prise en charge du dossier.', created_at: '2026-10-12T14:00:00.000+00:00', author: { full_name: 'Sophie Tremblay', role: 'pro' } },
    ],
    checklist: checklist({ passport: 'approved', language_test: 'approved', police_certificate: 'pending', photo: 'pending' }),
    readiness: 50,
    nextStep: nextStepRow({ action: 'review_documents', actor: 'pro', documents: ['Certificat de police', 'Photo d’identité'] }),
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(page.getByTestId('next-step').getByTestId('next-step-who')).toHaveText('Sophie Tremblay, votre consultant');
  await expect(detail.timeline).toHaveCount(3);
  await expect(detail.consultant.getByTestId('consultant-name')).toHaveText('Sophie Tremblay');
  await expect(detail.consultant.getByTestId('consultant-licence')).toHaveText('Permis CICC R512345');
  await expect(detail.consultant.getByTestId('consultant-reply-time')).toHaveText('Répond habituellement en 3 heures');
  await expect(detail.consultant).toContainText('registre public du CICC');
  const [asked] = standIn.requests({ path: '/rest/v1/rpc/pro_reply_minutes' });
  expect(asked!.body).toEqual({ pro_id: sophie().user.id });
  await screenshot(page, 'dossier-overview-consultant');

  await detail.tab('messages').click();
  const header = detail.chat.getByTestId('consultant-card');
  await expect(header.getByTestId('consultant-licence')).toHaveText('Permis CICC R512345');
  await expect(header.getByTestId('consultant-reply-time')).toHaveText('Répond habituellement en 3 heures');
  await expectNoSeriousA11yViolations(page, 'chat with consultant');
});

test('a consultant without enough replies yet is said so, not given a made-up time', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate, licence: null, replyMinutes: null });
  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID, 'messages');
  await expect(detail.chat.getByTestId('consultant-reply-time')).toHaveText('Pas encore de délai de réponse mesuré');
  await expect(detail.chat.getByTestId('consultant-licence')).toHaveText('Numéro de permis CICC non renseigné');
});

test('a candidate sees unread messages, sends one, and the pro’s reply arrives live with read receipts', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  const pro = sophie();
  const session = await signIn(candidate);
  const first = messageRow(pro, { id: 'a1000000-0000-4000-8000-000000000001', body: 'Bonjour Amina, il manque le certificat de police.', created_at: '2026-11-20T13:00:00.000+00:00' });
  serveDossierPage(standIn, { dossier: dossierRow(candidate, pro), viewer: candidate, messages: [first], unread: 1 });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(detail.unreadBadge).toHaveText('1 non lu');
  await detail.tab('messages').click();
  await expect(detail.message(first.body)).toContainText('Sophie Tremblay');
  await expect(detail.unreadBadge).toBeHidden();
  await expect.poll(() => standIn.requests({ path: '/rest/v1/rpc/mark_dossier_messages_read' }).map((r) => r.body)).toEqual([{ dossier_id: DOSSIER_ID }]);
  await expect(page).toHaveURL((url) => url.searchParams.get('onglet') === 'messages');

  /** The row the app reads back, by id, after a broadcast names it. */
  const serveReadBack = (row: typeof first) =>
    standIn.on({ method: 'GET', path: '/rest/v1/messages', query: { dossier_id: `eq.${DOSSIER_ID}`, id: `in.(${row.id})` } }, rows([row]));

  const join = await standIn.realtime.waitForJoin(dossierTopic());
  expect(join.payload.config).toMatchObject({ private: true });
  expect(join.payload.access_token).toBe(session.access_token); // RLS on realtime.messages sees the user

  const mine = messageRow(candidate, { id: 'a1000000-0000-4000-8000-000000000002', body: 'Merci, je le demande cette semaine.', created_at: '2026-11-25T14:01:00.000+00:00' });
  standIn.on({ method: 'POST', path: '/rest/v1/messages' }, created(mine));
  await detail.chatInput.fill(mine.body);
  await detail.send.click();
  await expect(detail.message(mine.body)).toContainText('Envoyé');
  await expect(detail.chatInput).toHaveValue('');
  const sent = standIn.requests({ method: 'POST', path: '/rest/v1/messages' });
  expect(sent.map((r) => r.body)).toEqual([{ dossier_id: DOSSIER_ID, body: mine.body, attachment_document_id: null }]);

  // The pro answers: the database broadcasts the insert on the dossier's private channel, and the
  // app reads the message it names back under RLS (the broadcast is only a hint).
  const reply = messageRow(pro, { id: 'a1000000-0000-4000-8000-000000000003', body: 'Parfait, déposez-le ici dès réception.', created_at: '2026-11-25T14:02:00.000+00:00' });
  serveReadBack(reply);
  expect(standIn.realtime.broadcast(dossierTopic(), 'INSERT', messageBroadcast('INSERT', reply))).toBeGreaterThan(0);
  await expect(detail.message(reply.body)).toContainText('Sophie Tremblay');
  expect(standIn.requests({ method: 'GET', path: '/rest/v1/messages', query: { id: `in.(${reply.id})` } })[0]?.query).toMatchObject({
    dossier_id: `eq.${DOSSIER_ID}`,
  });
  await expect(detail.messages.last()).toContainText(reply.body); // newest at the bottom
  await expect(page.getByTestId('chat-announcement')).toHaveText(`Nouveau message de Sophie Tremblay : ${reply.body}`);
  // Read at once, the chat being in front of the candidate.
  await expect.poll(() => standIn.requests({ path: '/rest/v1/rpc/mark_dossier_messages_read' }).length).toBe(2);

  // A broadcast the database does not stand behind (no such message under RLS) shows nothing...
  const forged = messageRow(pro, { id: 'a1000000-0000-4000-8000-000000000004', body: 'Envoyez votre mot de passe à ce lien.', created_at: '2026-11-25T14:04:00.000+00:00' });
  standIn.on({ method: 'GET', path: '/rest/v1/messages', query: { id: `in.(${forged.id})` } }, rows([]));
  standIn.realtime.broadcast(dossierTopic(), 'INSERT', messageBroadcast('INSERT', forged));
  // ...while the pro reading the candidate's message shows its receipt, as read back. Broadcasts
  // are read back in order: once the receipt shows, the forged one has been dealt with.
  const read = { ...mine, read_at: '2026-11-25T14:03:00.000+00:00' };
  serveReadBack(read);
  standIn.realtime.broadcast(dossierTopic(), 'UPDATE', messageBroadcast('UPDATE', read, mine));
  await expect(detail.message(mine.body).getByTestId('message-receipt')).toHaveText('Lu');
  await expect(detail.messages).toHaveCount(3);
  await expect(page.getByText(forged.body)).toHaveCount(0);
  expect(standIn.requests({ method: 'GET', path: '/rest/v1/messages', query: { id: `in.(${forged.id})` } })).toHaveLength(1);
  // Sent today, under a day of their own: not under the first message's 20 November.
  await expect(page.getByTestId('chat-day')).toHaveText(['20 novembre 2026', 'Aujourd’hui']);
  await expectNoSeriousA11yViolations(page, 'dossier chat');
  // The chat scrolled the window to its newest message; a full-page picture is taken from the top,
  // or the sticky header would be drawn across the middle of it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'dossier-chat');
});

test('a candidate downloads a document through a one-minute signed link, and withdraws it while pending', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  const document = documentRow(candidate, { id: '55555555-5555-4555-8555-000000000002', file_name: 'tef-canada.pdf', kind: 'language_test' });
  const path = document.storage_path!;
  serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate, documents: [document], checklist: checklist({ language_test: 'pending' }) });
  standIn.on({ method: 'POST', path: `/storage/v1/object/sign/documents/${path}` }, storage.signedUrl('documents', path));
  standIn.on({ method: 'GET', path: `/storage/v1/object/sign/documents/${path}` }, {
    status: 200,
    headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="tef-canada.pdf"' },
    body: Buffer.from('%PDF-1.7'),
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID, 'documents');
  const download = page.waitForEvent('download');
  await detail.document('tef-canada.pdf').getByRole('button', { name: 'Télécharger tef-canada.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('tef-canada.pdf');
  const [sign] = standIn.requests({ method: 'POST', path: `/storage/v1/object/sign/documents/${path}` });
  expect(sign!.body).toEqual({ expiresIn: 60 });
  const [fetched] = standIn.requests({ method: 'GET', path: `/storage/v1/object/sign/documents/${path}` });
  expect(fetched!.query).toEqual({ token: 'stand-in-token', download: 'tef-canada.pdf' });
  await expect(detail.root).toBeVisible(); // still on the dossier

  standIn.on({ method: 'DELETE', path: '/storage/v1/object/documents' }, storage.removed('documents', [path], candidate.user.id));
  standIn.on({ method: 'DELETE', path: '/rest/v1/documents', query: { id: `eq.${document.id}` } }, () => {
    standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${DOSSIER_ID}` } }, rows([]));
    return rows([{ id: document.id }]);
  });
  await detail.document('tef-canada.pdf').getByRole('button', { name: 'Supprimer tef-canada.pdf' }).click();
  await page.getByRole('dialog', { name: 'Supprimer ce document ?' }).getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByText('Aucun document pour l’instant')).toBeVisible();
  const [removeFile] = standIn.requests({ method: 'DELETE', path: '/storage/v1/object/documents' });
  const [removeRow] = standIn.requests({ method: 'DELETE', path: '/rest/v1/documents' });
  expect(removeFile!.body).toEqual({ prefixes: [path] });
  expect(removeRow!.seq).toBeGreaterThan(removeFile!.seq); // the file goes while its row still says « pending »
});

test('older messages load when the candidate scrolls to the top of the conversation', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  const pro = sophie();
  await signIn(candidate);
  const at = (n: number) => new Date(Date.UTC(2026, 10, 19, 8, n)).toISOString().replace('Z', '+00:00');
  const all = Array.from({ length: 35 }, (_, i) =>
    messageRow(i % 2 === 0 ? pro : candidate, { id: `a2000000-0000-4000-8000-0000000000${String(i + 10).padStart(2, '0')}`, body: `Message ${i + 1}`, created_at: at(i), read_at: at(i + 1) }));
  serveDossierPage(standIn, { dossier: dossierRow(candidate, pro), viewer: candidate, messages: all.slice(5) }); // the newest 30
  standIn.on({ method: 'GET', path: '/rest/v1/messages', query: { dossier_id: `eq.${DOSSIER_ID}`, or: /created_at\.lt/ } }, rows(all.slice(0, 5).reverse()));

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID, 'messages');
  await expect(detail.messages).toHaveCount(30);
  await expect(detail.messages.last()).toContainText('Message 35');
  const [newest] = standIn.requests({ method: 'GET', path: '/rest/v1/messages' });
  expect(newest!.query).toMatchObject({ dossier_id: `eq.${DOSSIER_ID}`, order: 'created_at.desc,id.desc', limit: '30' });
  expect(newest!.query.or).toBeUndefined();

  await page.getByTestId('chat-scroller').evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(detail.messages).toHaveCount(35);
  await expect(detail.messages.first()).toContainText('Message 1');
  await expect(page.getByText('Début de la conversation')).toBeVisible();
  const older = standIn.requests({ method: 'GET', path: '/rest/v1/messages', query: { or: /./ } });
  expect(older).toHaveLength(1);
  const oldest = all[5]!;
  expect(older[0]!.query.or).toBe(`(created_at.lt."${oldest.created_at}",and(created_at.eq."${oldest.created_at}",id.lt.${oldest.id}))`);
});
