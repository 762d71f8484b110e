// Tasks and document requests, on the pinned clock (Wednesday 25 November 2026, 9:00 in Toronto):
// a pro asks for a police certificate due in 10 days; the candidate sees it on the home page and
// the dossier, and uploads it; the pro approves it and the task closes.
import { expect, test } from '../fixtures.ts';
import { checklist, created, DOSSIER_ID, documentRow, dossierRow, nextStepRow, rows, serveDossierPage, type TaskEventRow, type TaskRow } from '../pages/dossier-data.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { TasksCard } from '../pages/tasks-card.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { serveDashboard } from '../support/community-data.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';
import { json, storage } from '../stand-in/index.ts';

failOnPageErrors(test);

const TASK_ID = '66666666-6666-4666-8666-000000000001';
const DOCUMENT_ID = '55555555-5555-4555-8555-000000000021';
const IN_TEN_DAYS = '2026-12-05';

function policeTask(overrides: Partial<TaskRow> = {}): TaskRow {
  return {
    id: TASK_ID, dossier_id: DOSSIER_ID, assignee_id: amina().user.id, title: 'Certificat de police du Sénégal',
    note: 'Moins de six mois, avec traduction.', due_on: IN_TEN_DAYS, document_kind: 'police_certificate', document_id: null,
    status: 'open', reason: null, created_at: '2026-11-25T14:00:30.000+00:00', kind: { label: 'Certificat de police' }, ...overrides,
  };
}

const event = (id: number, name: string, who: 'pro' | 'candidate', at: string, note: string | null = null): TaskEventRow => ({
  id, event: name, note, created_at: at, task: { title: 'Certificat de police du Sénégal' },
  actor: who === 'pro' ? { full_name: 'Sophie Tremblay', role: 'pro' } : { full_name: 'Amina Diallo', role: 'candidate' },
});

test('a pro asks for a police certificate due in 10 days: the request shows in the tasks, the checklist and the timeline', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  const candidate = amina();
  await signIn(pro, { aal: 'aal2' });
  serveDossierPage(standIn, { dossier: dossierRow(candidate, pro), viewer: pro, checklist: checklist({ passport: 'approved' }) });
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/create_task' }, () => {
    serveDossierPage(standIn, {
      dossier: dossierRow(candidate, pro), viewer: pro, checklist: checklist({ passport: 'approved' }),
      tasks: [policeTask()], taskEvents: [event(1, 'created', 'pro', '2026-11-25T14:00:30.000+00:00')],
    });
    return json(policeTask());
  });

  const detail = new DossierDetailPage(page);
  const tasks = new TasksCard(page);
  await detail.goto(DOSSIER_ID);
  await expect(page.getByTestId('tasks-empty')).toHaveText('Aucune tâche en cours.');
  await expect(tasks.kind.locator('option')).toHaveText(['Aucun document', 'Passeport', 'Résultats de test de langue (TEF, TCF, IELTS, CELPIP)', 'Certificat de police', "Photo d’identité"]);

  await tasks.submit.click();
  await expect(page.getByText('Donnez un titre à la tâche.')).toBeVisible();
  expect(standIn.requests({ path: '/rest/v1/rpc/create_task' })).toEqual([]);

  await tasks.title.fill('Certificat de police du Sénégal');
  await tasks.kind.selectOption('police_certificate');
  await tasks.dueOn.fill(IN_TEN_DAYS);
  await tasks.note.fill('Moins de six mois, avec traduction.');
  await tasks.submit.click();

  await expect(tasks.open).toHaveCount(1);
  const task = tasks.task('Certificat de police du Sénégal');
  await expect(task).toContainText('À faire');
  await expect(task).toContainText('Document demandé : Certificat de police');
  await expect(task.getByTestId('task-due')).toHaveText('Échéance : 5 décembre 2026');
  await expect(task.getByTestId('task-due')).toHaveAttribute('data-due-state', 'upcoming');
  await expect(tasks.requested('police_certificate')).toHaveText('Demandé pour le 5 décembre 2026');
  await expect(tasks.timeline).toContainText(['Tâche créée : « Certificat de police du Sénégal »']);
  await expect(tasks.title).toHaveValue('');

  const calls = standIn.requests({ method: 'POST', path: '/rest/v1/rpc/create_task' });
  expect(calls.map((r) => r.body)).toEqual([{
    dossier_id: DOSSIER_ID, title: 'Certificat de police du Sénégal', note: 'Moins de six mois, avec traduction.',
    due_on: IN_TEN_DAYS, document_kind: 'police_certificate',
  }]);
  expect(calls[0]!.client).toBe('browser');
  await expectNoSeriousA11yViolations(page, 'dossier tasks (pro)');
  await screenshot(page, 'dossier-tasks-pro');
});

test('the candidate sees open tasks soonest first on the home page, the overdue one marked, and uploads the certificate asked for', async ({ page, standIn, signIn }) => {
  const candidate = amina();
  await signIn(candidate);
  const overdue = policeTask({ id: '66666666-6666-4666-8666-000000000002', title: 'Signer le mandat', due_on: '2026-11-20', document_kind: null, kind: null, note: '' });
  serveDashboard(standIn, candidate, {
    tasks: [policeTask(), overdue].map((t) => ({ ...t, dossier: { title: 'Résidence permanente – Entrée express' } })),
    // The dossier the tasks belong to is listed too, with the step public.my_next_steps derives: the soonest open task.
    dossiers: [{ ...dossierRow(candidate, sophie()), candidate_unread_count: 0, pro_unread_count: 0 }] as never,
    nextSteps: [{
      dossier_id: DOSSIER_ID, title: 'Résidence permanente – Entrée express', status: 'in_review', candidate_name: 'Amina Diallo', pro_name: 'Sophie Tremblay',
      ...nextStepRow({ action: 'complete_task', actor: 'candidate', due_on: '2026-11-20', task_id: overdue.id, task_title: 'Signer le mandat' }),
    }],
  });

  const home = new DashboardPage(page);
  await home.goto();
  await expect(home.section('dossiers').getByTestId('dashboard-dossier')).toHaveCount(1);
  await expect(page.getByTestId('next-step').getByTestId('next-step-action')).toHaveText('Faire la tâche « Signer le mandat »');
  const homeTasks = page.getByTestId('dashboard-task');
  await expect(homeTasks).toHaveCount(2);
  await expect(homeTasks.nth(0)).toContainText('Signer le mandat');
  await expect(homeTasks.nth(0).getByTestId('task-due')).toHaveText('Échéance : 20 novembre 2026En retard');
  await expect(homeTasks.nth(1)).toContainText('Certificat de police du Sénégal');
  await expect(homeTasks.nth(1)).toContainText('Résidence permanente – Entrée express · Certificat de police');
  await expect(homeTasks.nth(1).getByTestId('task-due')).toHaveAttribute('data-due-state', 'upcoming');
  const [read] = standIn.requests({ method: 'GET', path: '/rest/v1/tasks' });
  expect(read!.query).toMatchObject({ assignee_id: `eq.${candidate.user.id}`, status: 'in.(open,submitted)', order: 'due_on.asc.nullslast' });
  await expectNoSeriousA11yViolations(page, 'home tasks');
  await screenshot(page, 'home-tasks');

  // On the dossier, then the upload of that kind.
  const pending = documentRow(candidate, { id: DOCUMENT_ID, file_name: 'casier-senegal.pdf', kind: 'police_certificate', size_bytes: 2048 });
  let listed: unknown[] = [];
  serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate, tasks: [policeTask()], checklist: checklist({ passport: 'approved' }) });
  standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${DOSSIER_ID}` } }, () => rows(listed));
  standIn.on({ method: 'POST', path: '/rest/v1/documents' }, created(pending));
  standIn.on({ method: 'POST', path: `/storage/v1/object/documents/${pending.storage_path}` }, () => {
    listed = [pending];
    // The database's trigger submitted the request with the upload's row.
    standIn.on({ method: 'GET', path: '/rest/v1/tasks', query: { dossier_id: `eq.${DOSSIER_ID}` } },
      rows([policeTask({ status: 'submitted', document_id: DOCUMENT_ID })]));
    return storage.uploaded('documents', pending.storage_path!);
  });

  const detail = new DossierDetailPage(page);
  const tasks = new TasksCard(page);
  await detail.goto(DOSSIER_ID);
  const task = tasks.task('Certificat de police du Sénégal');
  await expect(task).toContainText('À faire');
  await expect(task).toContainText('Moins de six mois, avec traduction.');
  // A document request closes with the pro's approval, not by hand; candidates give no tasks.
  await expect(task.getByTestId('task-complete')).toHaveCount(0);
  await expect(page.getByTestId('task-form')).toHaveCount(0);

  await detail.tab('documents').click();
  await detail.documentKind.selectOption('police_certificate');
  await detail.uploadWithButton({ name: 'casier-senegal.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2048, 3) });
  await expect(detail.uploadDone).toContainText('« casier-senegal.pdf » est envoyé');
  await detail.tab('apercu').click();
  await expect(task).toContainText('Document déposé');
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/documents' }).map((r) => r.body)).toEqual([
    { dossier_id: DOSSIER_ID, kind: 'police_certificate', file_name: 'casier-senegal.pdf', mime_type: 'application/pdf', size_bytes: 2048, expires_on: null },
  ]);
});

test('the pro approves the certificate and the request closes, in the tasks and the timeline', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  const candidate = amina();
  await signIn(pro, { aal: 'aal2' });
  const document = documentRow(candidate, { id: DOCUMENT_ID, file_name: 'casier-senegal.pdf', kind: 'police_certificate' });
  const submitted = policeTask({ status: 'submitted', document_id: DOCUMENT_ID });
  const history = [event(1, 'created', 'pro', '2026-11-25T14:00:30.000+00:00'), event(2, 'document_submitted', 'candidate', '2026-11-25T14:10:00.000+00:00', 'casier-senegal.pdf')];
  serveDossierPage(standIn, {
    dossier: dossierRow(candidate, pro), viewer: pro, documents: [document], tasks: [submitted], taskEvents: history,
    checklist: checklist({ police_certificate: 'pending' }),
  });
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/review_document' }, () => {
    const approved = { ...document, status: 'approved' as const, reviewed_at: '2026-11-25T14:20:00.000+00:00' };
    serveDossierPage(standIn, {
      dossier: dossierRow(candidate, pro), viewer: pro, documents: [approved],
      checklist: checklist({ police_certificate: 'approved' }), readiness: 25,
      tasks: [{ ...submitted, status: 'done' }],
      taskEvents: [...history, event(3, 'document_approved', 'pro', '2026-11-25T14:20:00.000+00:00', 'casier-senegal.pdf')],
    });
    return { status: 200, body: { ...approved, updated_at: approved.reviewed_at, reviewed_by: pro.user.id } };
  });

  const detail = new DossierDetailPage(page);
  const tasks = new TasksCard(page);
  await detail.goto(DOSSIER_ID);
  await expect(tasks.task('Certificat de police du Sénégal')).toContainText('Document déposé');
  await expect(tasks.requested('police_certificate')).toHaveCount(0); // submitted: the checklist shows the document

  await detail.tab('documents').click();
  await detail.document('casier-senegal.pdf').getByTestId('document-approve').click();
  await expect(detail.document('casier-senegal.pdf')).toContainText('Approuvé');
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/rpc/review_document' }).map((r) => r.body)).toEqual([
    { document_id: DOCUMENT_ID, decision: 'approved' },
  ]);

  await detail.tab('apercu').click();
  await expect(tasks.open).toHaveCount(0);
  await page.getByText('Tâches terminées ou annulées').click();
  await expect(tasks.closed).toHaveCount(1);
  await expect(tasks.closed.first()).toContainText('Terminée');
  await expect(tasks.closed.first().getByTestId('task-reopen')).toBeVisible();
  await expect(tasks.timeline.last()).toContainText('Document approuvé : tâche terminée : « Certificat de police du Sénégal »');
  await expectNoSeriousA11yViolations(page, 'dossier tasks closed');
  await screenshot(page, 'dossier-tasks-closed');
});
