// Mon dossier, as a candidate: create, follow the timeline and checklist, submit, upload, chat.
import { storage } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import {
  checklist, created, DOSSIER_ID, dossierRow, dossierTopic, documentRow, messageBroadcast, messageRow, rows, serveDossierPage,
  type HistoryRow,
} from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { DossierListPage, NewDossierPage } from '../pages/dossier-list-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
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

  const list = new DossierListPage(page);
  await list.goto();
  await expect(page.getByText("Aucun dossier pour l'instant")).toBeVisible();
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
    mine = [{ id: DOSSIER_ID, title, program_type: 'study_permit', status: 'draft', created_at, updated_at: created_at, candidate_unread_count: 0 }];
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

  await page.getByRole('link', { name: 'Mes dossiers' }).click();
  await list.expectShown();
  await expect(list.cards).toHaveCount(1);
  await expect(list.card(title)).toContainText('Brouillon');
  await expect(list.card(title)).toContainText("Permis d'études");
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
    checklist: checklist({ passport: 'approved', language_test: 'pending', police_certificate: 'rejected' }),
    readiness: 25,
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(detail.timeline).toHaveCount(1);
  await expect(detail.readiness).toHaveText('25 %');
  await expect(detail.missing).toContainText('Certificat de police');
  await expect(detail.missing).toContainText("Photo d'identité");
  await expect(page.getByTestId('checklist-item')).toHaveCount(4);
  await expectNoSeriousA11yViolations(page, 'dossier overview');
  await screenshot(page, 'dossier-overview');

  standIn.on({ method: 'POST', path: '/rest/v1/rpc/change_dossier_status' }, () => {
    serveDossierPage(standIn, {
      dossier: { ...draft, status: 'submitted', submitted_at: created_at },
      viewer: candidate,
      history: [creation(candidate.profile.full_name), { id: 2, from_status: 'draft', to_status: 'submitted', note: null, created_at, author: { full_name: candidate.profile.full_name, role: 'candidate' } }],
      readiness: 25,
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

test('a candidate uploads a document with the button: the row first, the file at its path, then listed as pending', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  const session = await signIn(candidate);
  const DOCUMENT_ID = '55555555-5555-4555-8555-000000000009';
  const pending = documentRow(candidate, { id: DOCUMENT_ID, file_name: 'passeport-amina.pdf', size_bytes: 2048 });
  let listed: unknown[] = [];
  serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate, checklist: checklist({ language_test: 'pending' }) });
  standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${DOSSIER_ID}` } }, () => rows(listed));
  standIn.on({ method: 'POST', path: '/rest/v1/documents' }, created(pending));
  standIn.on({ method: 'POST', path: `/storage/v1/object/documents/${pending.storage_path}` }, () => {
    listed = [pending];
    return storage.uploaded('documents', pending.storage_path!);
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID, 'documents');
  await expect(page.getByText("Aucun document pour l'instant")).toBeVisible();
  await expect(detail.documentKind).toHaveValue('passport'); // the first required document still missing
  await expectNoSeriousA11yViolations(page, 'dossier documents');
  await screenshot(page, 'dossier-documents');

  // A file the bucket refuses is stopped before any request.
  await detail.uploadWithButton({ name: 'archive.zip', mimeType: 'application/zip', buffer: Buffer.from('PK') });
  await expect(page.getByRole('alert').filter({ hasText: '« archive.zip » : format non accepté.' })).toBeVisible();
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/documents' })).toEqual([]);

  const bytes = Buffer.alloc(2048, 7);
  await detail.uploadWithButton({ name: 'passeport-amina.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(detail.uploadDone).toContainText('« passeport-amina.pdf » est envoyé');
  await expect(detail.document('passeport-amina.pdf')).toContainText('En vérification');
  await expect(detail.document('passeport-amina.pdf')).toContainText('Passeport');

  const [insert] = standIn.requests({ method: 'POST', path: '/rest/v1/documents' });
  expect(insert!.body).toEqual({ dossier_id: DOSSIER_ID, kind: 'passport', file_name: 'passeport-amina.pdf', mime_type: 'application/pdf', size_bytes: 2048, expires_on: null });
  const [upload] = standIn.requests({ path: /^\/storage\/v1\/object\/documents\// });
  expect(upload!.path).toBe(`/storage/v1/object/documents/${DOSSIER_ID}/${DOCUMENT_ID}/passeport-amina.pdf`);
  expect(upload!.method).toBe('POST');
  expect(upload!.seq).toBeGreaterThan(insert!.seq);
  expect(upload!.headers).toMatchObject({ authorization: `Bearer ${session.access_token}`, 'x-upsert': 'false', 'content-type': 'application/pdf' });
  expect(upload!.rawBody.equals(bytes)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'dossier documents after upload');
  await screenshot(page, 'dossier-documents-uploaded');
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

  const mine = messageRow(candidate, { id: 'a1000000-0000-4000-8000-000000000002', body: 'Merci, je le demande cette semaine.', created_at: '2026-11-20T14:01:00.000+00:00' });
  standIn.on({ method: 'POST', path: '/rest/v1/messages' }, created(mine));
  await detail.chatInput.fill(mine.body);
  await detail.send.click();
  await expect(detail.message(mine.body)).toContainText('Envoyé');
  await expect(detail.chatInput).toHaveValue('');
  const sent = standIn.requests({ method: 'POST', path: '/rest/v1/messages' });
  expect(sent.map((r) => r.body)).toEqual([{ dossier_id: DOSSIER_ID, body: mine.body, attachment_document_id: null }]);

  // The pro answers: the database broadcasts the insert on the dossier's private channel, and the
  // app reads the message it names back under RLS (the broadcast is only a hint).
  const reply = messageRow(pro, { id: 'a1000000-0000-4000-8000-000000000003', body: 'Parfait, déposez-le ici dès réception.', created_at: '2026-11-20T14:02:00.000+00:00' });
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
  const forged = messageRow(pro, { id: 'a1000000-0000-4000-8000-000000000004', body: 'Envoyez votre mot de passe à ce lien.', created_at: '2026-11-20T14:04:00.000+00:00' });
  standIn.on({ method: 'GET', path: '/rest/v1/messages', query: { id: `in.(${forged.id})` } }, rows([]));
  standIn.realtime.broadcast(dossierTopic(), 'INSERT', messageBroadcast('INSERT', forged));
  // ...while the pro reading the candidate's message shows its receipt, as read back. Broadcasts
  // are read back in order: once the receipt shows, the forged one has been dealt with.
  const read = { ...mine, read_at: '2026-11-20T14:03:00.000+00:00' };
  serveReadBack(read);
  standIn.realtime.broadcast(dossierTopic(), 'UPDATE', messageBroadcast('UPDATE', read, mine));
  await expect(detail.message(mine.body).getByTestId('message-receipt')).toHaveText('Lu');
  await expect(detail.messages).toHaveCount(3);
  await expect(page.getByText(forged.body)).toHaveCount(0);
  expect(standIn.requests({ method: 'GET', path: '/rest/v1/messages', query: { id: `in.(${forged.id})` } })).toHaveLength(1);
  await expectNoSeriousA11yViolations(page, 'dossier chat');
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
  await expect(page.getByText("Aucun document pour l'instant")).toBeVisible();
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
