// « Prochaine étape » and statuses people understand: the card on the home page and on the dossier
// for the candidate and the pro, submitting blocked or warned by the checklist, a status explained.
import { expect, test } from '../fixtures.ts';
import { checklist, DOSSIER_ID, dossierRow, serveDossierPage, type NextStepRow, type TaskRow } from '../pages/dossier-data.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { TasksCard } from '../pages/tasks-card.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { serveDashboard } from '../support/community-data.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot, VIEWPORTS } from '../support/screenshots.ts';

failOnPageErrors(test);

const OTHER_ID = '44444444-4444-4444-8444-000000000002';
const AT = '2026-11-20T14:00:00.000+00:00';
const step = (overrides: Partial<NextStepRow>): NextStepRow =>
  ({ action: 'decide', actor: 'pro', due_on: null as unknown as string, task_id: null as unknown as string, task_title: null as unknown as string, documents: null as unknown as string[], ...overrides });
const listed = (id: string, title: string, status: 'action_required' | 'in_review' | 'draft', unread = 0, program_type = 'express_entry') => ({
  id, title, status, program_type, updated_at: AT, candidate_id: amina().user.id, pro_id: sophie().user.id,
  candidate_unread_count: unread, pro_unread_count: 0,
}) as never;

test('the candidate\'s home names the next step, who takes it, by when, and how to reach the pro', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  serveDashboard(standIn, candidate, {
    dossiers: [listed(DOSSIER_ID, 'Résidence permanente – Entrée express', 'action_required', 2), listed(OTHER_ID, 'Permis d’études – Laval', 'draft', 0, 'study_permit')],
    // The task the card names is the one « Mes tâches » lists: the fixtures tell one story.
    tasks: [{
      id: '66666666-6666-4666-8666-0000000000b1', dossier_id: DOSSIER_ID, assignee_id: candidate.user.id, title: 'Envoyer une photo récente',
      note: '', due_on: '2026-12-01', document_kind: 'photo', document_id: null, status: 'open', reason: null,
      created_at: '2026-11-20T14:00:00.000+00:00', kind: { label: 'Photo d’identité' }, dossier: { title: 'Résidence permanente – Entrée express' },
    }],
    nextSteps: [
      { dossier_id: DOSSIER_ID, title: 'Résidence permanente – Entrée express', status: 'action_required', candidate_name: 'Amina Diallo', pro_name: 'Sophie Tremblay',
        ...step({ action: 'complete_task', actor: 'candidate', due_on: '2026-12-01', task_title: 'Envoyer une photo récente', documents: ["Photo d’identité"] }) },
      { dossier_id: OTHER_ID, title: 'Permis d’études – Laval', status: 'draft', candidate_name: 'Amina Diallo', pro_name: null as unknown as string,
        ...step({ action: 'add_documents', actor: 'candidate', documents: ['Passeport'] }) },
    ],
  });

  const home = new DashboardPage(page);
  await home.goto();
  const card = page.getByTestId('next-step');
  await expect(card.getByTestId('next-step-action')).toHaveText('Faire la tâche « Envoyer une photo récente »');
  await expect(card.getByTestId('next-step-who')).toHaveText('vous');
  await expect(card.getByTestId('next-step-due')).toContainText('1er décembre 2026');
  // The day reads as one of the card's values, in their size (it was a size smaller than « vous »).
  const fontSize = (testId: string) => card.getByTestId(testId).evaluate((element) => getComputedStyle(element.querySelector('time') ?? element).fontSize);
  expect(await fontSize('next-step-due')).toBe(await fontSize('next-step-who'));
  await expect(card.getByTestId('next-step-documents')).toHaveText("Photo d’identité");
  await expect(card.getByTestId('next-step-contact')).toHaveText('Une question ? Écrivez à Sophie Tremblay');
  await expect(card.getByTestId('next-step-contact')).toHaveAttribute('href', `/dossiers/${DOSSIER_ID}?onglet=messages`);
  await expect(card.getByTestId('next-step-open')).toHaveAttribute('href', `/dossiers/${DOSSIER_ID}`);
  await expect(card.getByTestId('next-step-more')).toHaveText('1 autre dossier attend aussi votre action.');

  // « Action requise » in the list says what and by when; the status pill is not the counters' blue.
  const first = home.section('dossiers').getByTestId('dashboard-dossier').first();
  await expect(first.getByTestId('next-step-line')).toHaveText('Prochaine étape : Faire la tâche « Envoyer une photo récente » · pour le 1er décembre 2026');
  const status = first.getByTestId('dossier-status');
  const counter = first.getByTestId('unread-counter');
  await expect(status).toHaveText('Action requise');
  await expect(counter).toHaveText('2 non lus');
  const background = (locator: typeof status) => locator.evaluate((node) => getComputedStyle(node).backgroundColor);
  expect(await background(status)).not.toBe(await background(counter));

  await expectNoSeriousA11yViolations(page, 'home next step (candidate)');
  await screenshot(page, 'home-next-step');
});

test('the pro\'s home puts their own step first and names the candidate when the step is theirs', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  await signIn(pro, { aal: 'aal2' });
  serveDashboard(standIn, pro, {
    dossiers: [listed(DOSSIER_ID, 'Résidence permanente – Entrée express', 'in_review')],
    nextSteps: [{ dossier_id: DOSSIER_ID, title: 'Résidence permanente – Entrée express', status: 'in_review', candidate_name: 'Amina Diallo', pro_name: 'Sophie Tremblay',
      ...step({ action: 'review_documents', actor: 'pro', documents: ['Passeport', 'Certificat de police'] }) }],
  });

  const home = new DashboardPage(page);
  await home.goto();
  const card = page.getByTestId('next-step');
  await expect(card.getByTestId('next-step-action')).toHaveText('Vérifier les documents déposés');
  await expect(card.getByTestId('next-step-who')).toHaveText('vous');
  await expect(card.getByTestId('next-step-due')).toHaveText('pas de date limite');
  await expect(card.getByTestId('next-step-documents')).toHaveText('Passeport · Certificat de police');
  await expect(card.getByTestId('next-step-contact')).toHaveText('Écrire au candidat');
  await expect(home.section('dossiers').getByTestId('next-step-line')).toHaveAttribute('data-yours', 'true');
  await expectNoSeriousA11yViolations(page, 'home next step (pro)');
  await screenshot(page, 'home-next-step-pro');
});

test('a refused document blocks submitting, and the overview says why and what the status means', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  serveDossierPage(standIn, {
    dossier: dossierRow(candidate, sophie(), { status: 'action_required' }),
    viewer: candidate,
    checklist: checklist({ passport: 'rejected', language_test: 'approved', police_certificate: 'pending' }),
    readiness: 25,
    nextStep: step({ action: 'replace_documents', actor: 'candidate', documents: ['Passeport'] }),
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  const card = page.getByTestId('next-step');
  await expect(card.getByTestId('next-step-action')).toHaveText('Remplacer les documents refusés ou expirés');
  await expect(card.getByTestId('next-step-who')).toHaveText('vous');
  await expect(card.getByTestId('next-step-contact')).toHaveText('Une question ? Écrivez à Sophie Tremblay');

  await expect(detail.submit).toBeDisabled();
  await expect(detail.submit).toHaveAccessibleDescription('Avant de soumettre, remplacez les documents refusés ou expirés : Passeport.');

  const guide = page.getByTestId('status-guide');
  await expect(guide.getByTestId('status-path-step')).toHaveCount(5);
  await expect(guide.locator('[aria-current="step"]')).toContainText('En révision');
  await expect(guide.getByTestId('status-explained'))
    .toHaveText('Votre consultant vous demande des corrections. Faites ce qui est demandé, puis soumettez à nouveau le dossier.');
  // On a phone the pill sits above its sentence, which keeps the row's width; on a wide screen, side by side.
  const boxes = async () => {
    const [pill, sentence, row] = await Promise.all([guide.getByTestId('dossier-status').boundingBox(),
      guide.getByTestId('status-explained').boundingBox(), guide.getByTestId('status-explained').locator('..').boundingBox()]);
    return { pill: pill!, sentence: sentence!, row: row! };
  };
  const wide = page.viewportSize()!;
  await page.setViewportSize(VIEWPORTS.mobile);
  await expect.poll(async () => {
    const { pill, sentence, row } = await boxes();
    return pill.y + pill.height <= sentence.y && sentence.width >= row.width - 1;
  }).toBe(true);
  await page.setViewportSize(wide);
  await expect.poll(async () => {
    const { pill, sentence } = await boxes();
    return sentence.x >= pill.x + pill.width && sentence.y < pill.y + pill.height;
  }).toBe(true);
  await expectNoSeriousA11yViolations(page, 'dossier next step (blocked)');
  await screenshot(page, 'dossier-next-step-blocked');

  // The card's link opens the documents in place.
  await card.getByTestId('next-step-documents-link').click();
  await expect(detail.tab('documents')).toHaveAttribute('aria-selected', 'true');
  expect(standIn.requests({ path: '/rest/v1/rpc/change_dossier_status' })).toEqual([]);
});

test('missing documents warn before submitting, and the candidate may submit anyway', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  const draft = dossierRow(candidate, null, { status: 'draft', submitted_at: null });
  serveDossierPage(standIn, {
    dossier: draft,
    viewer: candidate,
    checklist: checklist({ passport: 'pending', language_test: 'pending' }),
    nextStep: step({ action: 'add_documents', actor: 'candidate', documents: ['Certificat de police', "Photo d’identité"] }),
  });
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/change_dossier_status' }, { status: 200, body: { ...draft, status: 'submitted' } });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(page.getByTestId('next-step-no-pro')).toHaveText('Aucun consultant n’est encore assigné : l’équipe CAPITUNE vous en attribue un après la soumission.');
  await expect(page.getByTestId('status-explained')).toHaveText('Vous préparez votre dossier : déposez vos documents, puis soumettez-le à votre consultant.');
  await expect(detail.submit).toHaveAttribute('data-readiness', 'incomplete');
  await detail.submit.click();
  const dialog = page.getByRole('dialog', { name: 'Soumettre ce dossier ?' });
  await expect(dialog.getByTestId('dossier-submit-warning'))
    .toContainText("Il manque : Certificat de police, Photo d’identité. Votre consultant pourra vous les demander");
  await expect(detail.confirmSubmit).toHaveText('Soumettre quand même');
  await expectNoSeriousA11yViolations(page, 'submit warning');
  await screenshot(page, 'dossier-submit-warning');
  await detail.confirmSubmit.click();
  await expect.poll(() => standIn.requests({ path: '/rest/v1/rpc/change_dossier_status' }).map((r) => r.body))
    .toEqual([{ dossier_id: DOSSIER_ID, to_status: 'submitted' }]);
});

test('the pro sees the same next step on the dossier, addressed to them, and the status explained for staff', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  // The task the step names, as the tasks card reads it: one story on one page.
  const photoTask: TaskRow = {
    id: '66666666-6666-4666-8666-0000000000f1', dossier_id: DOSSIER_ID, assignee_id: amina().user.id, title: 'Envoyer une photo récente',
    note: '', due_on: '2026-11-20', document_kind: 'photo', document_id: null, status: 'open', reason: null,
    created_at: '2026-11-12T14:00:00.000+00:00', kind: { label: 'Photo d’identité' },
  };
  await signIn(pro, { aal: 'aal2' });
  serveDossierPage(standIn, {
    dossier: dossierRow(amina(), pro, { status: 'action_required' }),
    viewer: pro,
    nextStep: step({ action: 'complete_task', actor: 'candidate', due_on: '2026-11-20', task_title: 'Envoyer une photo récente', documents: ["Photo d’identité"] }),
    tasks: [photoTask],
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  const card = page.getByTestId('next-step');
  await expect(card.getByTestId('next-step-who')).toHaveText('le candidat, Amina Diallo');
  await expect(card.getByTestId('task-due')).toHaveAttribute('data-due-state', 'overdue');
  await expect(card.getByTestId('next-step-contact')).toHaveText('Écrire au candidat');
  await expect(page.getByTestId('status-explained'))
    .toHaveText('Vous avez demandé des corrections. Le dossier vous reviendra quand le candidat l’aura soumis à nouveau.');
  await expect(detail.submit).toHaveCount(0);
  await expect(new TasksCard(page).task('Envoyer une photo récente')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'dossier next step (pro)');
  await screenshot(page, 'dossier-next-step-pro');
});
