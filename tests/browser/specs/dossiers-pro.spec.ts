// The pro side of Mon dossier: the inbox of assigned dossiers and the review actions.
import { rest, storage } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { checklist, DOSSIER_ID, dossierRow, documentRow, nextStepRow, rows, serveDossierPage, type HistoryRow } from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { DossierInboxPage } from '../pages/dossier-inbox-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { amina, person, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

// A 1×1 transparent PNG: the smallest image a browser decodes.
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const lucas = () => person({ id: '11111111-1111-4111-8111-000000000002', email: 'lucas@demo.capitune.ca', fullName: 'Lucas Martin', role: 'candidate' });

test('a pro sees the dossiers assigned to them with unread counts, and filters them by status', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  await signIn(pro, { aal: 'aal2' });
  const inbox = [
    { id: DOSSIER_ID, title: 'Résidence permanente – Entrée express', program_type: 'express_entry', status: 'in_review', updated_at: '2026-11-20T14:00:00.000+00:00', submitted_at: '2026-10-10T14:00:00.000+00:00', candidate: { full_name: 'Amina Diallo' }, pro_unread_count: 2 },
    { id: '44444444-4444-4444-8444-000000000003', title: 'Permis de travail fermé – EIMT', program_type: 'work_permit', status: 'submitted', updated_at: '2026-11-18T14:00:00.000+00:00', submitted_at: '2026-11-18T14:00:00.000+00:00', candidate: { full_name: 'Lucas Martin' }, pro_unread_count: 0 },
  ];
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { pro_id: `eq.${pro.user.id}` } }, (request) => {
    const status = request.query.status?.replace(/^eq\./, '');
    return rows(status ? inbox.filter((d) => d.status === status) : inbox);
  });
  // The next step of each (public.my_next_steps): Lucas's waits on the pro, Amina's on a task of hers.
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_next_steps' }, rest.rpc('my_next_steps', [
    { dossier_id: inbox[1]!.id, title: inbox[1]!.title, status: 'submitted', action: 'start_review', actor: 'pro', due_on: null as unknown as string,
      task_id: null as unknown as string, task_title: null as unknown as string, documents: [], candidate_name: 'Lucas Martin', pro_name: 'Sophie Tremblay' },
    { dossier_id: DOSSIER_ID, title: inbox[0]!.title, status: 'in_review', action: 'complete_task', actor: 'candidate', due_on: '2026-12-01',
      task_id: '66666666-6666-4666-8666-000000000001', task_title: 'Traduire le relevé de notes', documents: [], candidate_name: 'Amina Diallo', pro_name: 'Sophie Tremblay' },
  ]));

  const page_ = new DossierInboxPage(page);
  await page_.goto();
  await expect(page_.items).toHaveCount(2);
  // Each dossier says what comes next, in bold when it is the pro's to do.
  const lucasStep = page_.item('Lucas Martin').getByTestId('next-step-line');
  await expect(lucasStep).toHaveText('Prochaine étape : Commencer la révision du dossier');
  await expect(lucasStep).toHaveAttribute('data-yours', 'true');
  const aminaStep = page_.item('Amina Diallo').getByTestId('next-step-line');
  await expect(aminaStep).toHaveText('Prochaine étape pour le candidat : Faire la tâche « Traduire le relevé de notes » · pour le 1er décembre 2026');
  await expect(aminaStep).toHaveAttribute('data-yours', 'false');
  await expect(page_.item('Amina Diallo')).toContainText('2 messages non lus');
  await expect(page_.item('Amina Diallo')).toContainText('En révision');
  await expect(page_.item('Lucas Martin')).not.toContainText('non lu');
  await expect(page_.summary).toHaveText('2 dossiers, 2 messages non lus');
  const [first] = standIn.requests({ method: 'GET', path: '/rest/v1/dossiers', query: { pro_id: `eq.${pro.user.id}` } });
  expect(first!.query).toMatchObject({
    select: 'id,title,program_type,status,updated_at,submitted_at,candidate:profiles!dossiers_candidate_id_fkey(full_name),pro_unread_count',
    order: 'updated_at.desc',
  });
  expect(first!.query.status).toBeUndefined();
  await expectNoSeriousA11yViolations(page, 'pro inbox');
  await screenshot(page, 'pro-inbox');

  await page_.filter.selectOption('submitted');
  await expect(page_.items).toHaveCount(1);
  await expect(page_.items.first()).toContainText('Lucas Martin');
  await expect(page).toHaveURL((url) => url.searchParams.get('statut') === 'submitted');
  const filtered = standIn.requests({ method: 'GET', path: '/rest/v1/dossiers', query: { status: 'eq.submitted' } });
  expect(filtered).toHaveLength(1);
  expect(filtered[0]!.query.pro_id).toBe(`eq.${pro.user.id}`);

  await expect(page_.items.first().getByRole('link')).toHaveAttribute('href', '/dossiers/44444444-4444-4444-8444-000000000003');
});

test('the inbox refetches when a message notification arrives, without a reload', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  await signIn(pro, { aal: 'aal2' });
  let unread = 0;
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { pro_id: `eq.${pro.user.id}` } }, () => rows([
    { id: DOSSIER_ID, title: 'Résidence permanente – Entrée express', program_type: 'express_entry', status: 'in_review', updated_at: '2026-11-20T14:00:00.000+00:00', submitted_at: '2026-10-10T14:00:00.000+00:00', candidate: { full_name: 'Amina Diallo' }, pro_unread_count: unread },
  ]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_next_steps' }, rest.rpc('my_next_steps', []));
  const inbox = new DossierInboxPage(page);
  await inbox.goto();
  await expect(inbox.summary).toHaveText('1 dossier');
  const inboxRequests = () => standIn.requests({ method: 'GET', path: '/rest/v1/dossiers', query: { pro_id: `eq.${pro.user.id}` } });
  expect(inboxRequests()).toHaveLength(1);

  await standIn.realtime.waitForJoin(`realtime:user:${pro.user.id}`);
  unread = 1;
  const notification = {
    id: '77777777-7777-4777-8777-000000000009', kind: 'message_received', title: 'Nouveau message d’Amina Diallo',
    body: 'Voici mon passeport.', link: `/dossiers/${DOSSIER_ID}`, created_at: FIXTURE_NOW,
  } as const;
  // The app reads the announced notification back before acting on it.
  standIn.on({ method: 'GET', path: '/rest/v1/notifications', query: { id: `eq.${notification.id}` } }, rows([{ ...notification, read_at: null, replaces: null }]));
  expect(standIn.realtime.broadcast(`realtime:user:${pro.user.id}`, 'notification', notification)).toBe(1);
  await expect(inbox.item('Amina Diallo')).toContainText('1 message non lu');
  await expect(inbox.summary).toHaveText('1 dossier, 1 message non lu');
  expect(inboxRequests()).toHaveLength(2);
});

test('a pro rejects a document with a reason the candidate will read', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  const candidate = amina();
  await signIn(pro, { aal: 'aal2' });
  const document = documentRow(candidate, { id: '55555555-5555-4555-8555-000000000003', file_name: 'casier-judiciaire.jpg', kind: 'police_certificate', mime_type: 'image/jpeg', size_bytes: 1320400 });
  serveDossierPage(standIn, { dossier: dossierRow(candidate, pro), viewer: pro, documents: [document], checklist: checklist({ passport: 'approved', police_certificate: 'pending' }) });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID, 'documents');
  await expect(detail.document('casier-judiciaire.jpg')).toContainText('En vérification');
  await expect(detail.document('casier-judiciaire.jpg').getByTestId('document-uploader')).toHaveText('Déposé par Amina Diallo');
  // Refuse and Approve stand apart, at opposite ends of their own row.
  const decision = detail.document('casier-judiciaire.jpg').getByTestId('document-decision');
  const refuseBox = (await decision.getByTestId('document-reject').boundingBox())!;
  const approveBox = (await decision.getByTestId('document-approve').boundingBox())!;
  expect(approveBox.x - (refuseBox.x + refuseBox.width)).toBeGreaterThan(200);
  await expectNoSeriousA11yViolations(page, 'dossier documents (pro)');
  await screenshot(page, 'dossier-documents-pro');

  // The file in the page, through a signed link Storage's policies grant (no download parameter).
  const path = document.storage_path!;
  standIn.on({ method: 'POST', path: `/storage/v1/object/sign/documents/${path}` }, storage.signedUrl('documents', path));
  standIn.on({ method: 'GET', path: `/storage/v1/object/sign/documents/${path}` }, { status: 200, headers: { 'content-type': 'image/png' }, body: ONE_PIXEL_PNG });
  await detail.document('casier-judiciaire.jpg').getByRole('button', { name: 'Aperçu casier-judiciaire.jpg' }).click();
  const preview = page.getByRole('dialog', { name: 'Certificat de police — Amina Diallo' });
  await expect(preview.getByRole('img', { name: 'Aperçu de casier-judiciaire.jpg' })).toBeVisible();
  await expect.poll(() => preview.getByTestId('document-preview-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const [sign] = standIn.requests({ method: 'POST', path: `/storage/v1/object/sign/documents/${path}` });
  expect(sign!.body).toEqual({ expiresIn: 300 });
  expect(standIn.requests({ method: 'GET', path: `/storage/v1/object/sign/documents/${path}` })[0]!.query).toEqual({ token: 'stand-in-token' });
  await expectNoSeriousA11yViolations(page, 'document preview (pro)');
  await screenshot(page, 'dossier-document-preview-pro');
  await preview.getByRole('button', { name: 'Fermer' }).last().click();
  await expect(preview).toBeHidden();

  await detail.document('casier-judiciaire.jpg').getByRole('button', { name: 'Refuser casier-judiciaire.jpg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refuser ce document' });
  await expect(dialog).toBeVisible();
  await expect(detail.rejectReason).toBeFocused();
  await detail.confirmReject.click();
  await expect(dialog).toContainText('Expliquez au candidat pourquoi le document est refusé.');
  expect(standIn.requests({ path: '/rest/v1/rpc/review_document' })).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'reject dialog');
  await screenshot(page, 'dossier-reject-dialog');

  const reason = 'Le certificat date de plus de six mois : demandez-en un nouveau.';
  const rejected = { ...document, status: 'rejected' as const, rejection_reason: reason, reviewed_at: '2026-11-20T15:00:00.000+00:00' };
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/review_document' }, () => {
    standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${DOSSIER_ID}` } }, rows([rejected]));
    return { status: 200, body: { ...rejected, updated_at: rejected.reviewed_at, reviewed_by: pro.user.id } };
  });
  await detail.rejectReason.fill(`  ${reason} `);
  await detail.confirmReject.click();

  await expect(dialog).toBeHidden();
  await expect(detail.document('casier-judiciaire.jpg')).toContainText('Refusé');
  await expect(detail.document('casier-judiciaire.jpg').getByTestId('document-rejection')).toContainText(reason);
  const calls = standIn.requests({ method: 'POST', path: '/rest/v1/rpc/review_document' });
  expect(calls.map((r) => r.body)).toEqual([{ document_id: document.id, decision: 'rejected', reason }]);
  expect(calls[0]!.client).toBe('browser');
});

test('a pro moves a dossier to « action requise » with a note for the candidate', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  const candidate = lucas();
  await signIn(pro, { aal: 'aal2' });
  const history: HistoryRow[] = [
    { id: 1, from_status: null, to_status: 'draft', note: null, created_at: '2026-10-01T14:00:00.000+00:00', author: { full_name: 'Lucas Martin', role: 'candidate' } },
    { id: 2, from_status: 'draft', to_status: 'submitted', note: null, created_at: '2026-10-10T14:00:00.000+00:00', author: { full_name: 'Lucas Martin', role: 'candidate' } },
    { id: 3, from_status: 'submitted', to_status: 'in_review', note: 'Prise en charge du dossier.', created_at: '2026-10-12T14:00:00.000+00:00', author: { full_name: 'Sophie Tremblay', role: 'pro' } },
  ];
  const dossier = dossierRow(candidate, pro, {
    program_type: 'work_permit', title: 'Permis de travail fermé – EIMT',
    description: 'Offre d’emploi de soudeur chez un employeur de Lévis, appuyée par une EIMT favorable.',
  });
  serveDossierPage(standIn, {
    dossier, viewer: pro, history, readiness: 50, checklist: checklist({ passport: 'approved', language_test: 'approved' }),
    // What public.dossier_next_step answers: in review, nothing left to check, so the pro decides.
    nextStep: nextStepRow({ action: 'decide', actor: 'pro' }),
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(page.getByTestId('next-step').getByTestId('next-step-action')).toHaveText('Rendre une décision sur le dossier');
  await expect(page.getByTestId('next-step').getByTestId('next-step-who')).toHaveText('vous');
  await expect(detail.timeline).toHaveCount(3);
  await expect(detail.reviewStatus.locator('option')).toHaveText(['Action requise', 'Approuvé', 'Refusé']);
  await expectNoSeriousA11yViolations(page, 'dossier overview (pro)');
  await screenshot(page, 'dossier-review');

  const note = "Merci d'ajouter la lettre de l'employeur signée.";
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/change_dossier_status' }, () => {
    serveDossierPage(standIn, {
      dossier: { ...dossier, status: 'action_required' }, viewer: pro, readiness: 50,
      history: [...history, { id: 4, from_status: 'in_review', to_status: 'action_required', note, created_at: '2026-11-20T15:00:00.000+00:00', author: { full_name: 'Sophie Tremblay', role: 'pro' } }],
    });
    return { status: 200, body: { ...dossier, status: 'action_required' } };
  });
  await detail.reviewStatus.selectOption('action_required');
  await detail.reviewNote.fill(note);
  await detail.reviewSubmit.click();

  await expect(detail.status).toHaveText('Action requise');
  await expect(detail.timeline).toHaveCount(4);
  await expect(detail.timeline.last()).toContainText(note);
  expect(standIn.requests({ path: '/rest/v1/rpc/change_dossier_status' }).map((r) => r.body)).toEqual([
    { dossier_id: DOSSIER_ID, to_status: 'action_required', note },
  ]);
  // From « action requise » the next move is the candidate's: nothing left to offer.
  await expect(page.getByText('Aucun changement de statut possible à cette étape.')).toBeVisible();
});
