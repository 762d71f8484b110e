// Features the database had and no screen reached (issue 18, item 3): each one from the page a
// person would use, with the request the app sends. What the database does with it is proven in
// tests/database (admins-lift-a-mute-early, uploaders-correct-pending-documents, the access matrices).
import { expect, test } from '../fixtures.ts';
import { AdminDossiersPage } from '../pages/admin-dossiers-page.ts';
import { AdminModerationPage } from '../pages/admin-moderation-page.ts';
import { checklist, created, documentRow, dossierRow, messageRow, rows, serveDossierPage } from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { InsidePage } from '../pages/inside-page.ts';
import { NotificationBell, NotificationsPage } from '../pages/notifications-page.ts';
import { rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { dossiers, embedded, lucas, serveAdminReads } from '../support/admin-data.ts';
import { feedRow, KARIM, listOf, notificationRow } from '../support/community-data.ts';
import { amina, claire, person, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

/** Lucas's study permit dossier, in review with Sophie, as the admin list shows it and its page reads it. */
function adminDossierScene() {
  const listed = dossiers[1]!;
  const candidate = person({ id: lucas.id, email: lucas.email, fullName: lucas.full_name, role: 'candidate' });
  const dossier = dossierRow(candidate, sophie(), { id: listed.id, title: listed.title, program_type: 'study_permit', status: 'in_review' });
  const passport = documentRow(candidate, { id: '99999999-9999-4999-8999-000000000011', file_name: 'passeport.pdf', dossier_id: listed.id });
  const message = messageRow(candidate, { id: 'a1000000-0000-4000-8000-000000000011', body: 'Bonjour, voici mon passeport.', dossier_id: listed.id });
  return { listed, dossier, passport, message };
}

test('an admin opens a dossier from the admin list and changes its status', async ({ page, standIn, signIn }) => {
  const admin = claire();
  await signIn(admin, { aal: 'aal2' });
  serveAdminReads(standIn);
  const { listed, dossier, passport, message } = adminDossierScene();
  serveDossierPage(standIn, { dossier, viewer: admin, documents: [passport], messages: [message], checklist: checklist({ passport: 'pending' }) });

  const list = new AdminDossiersPage(page);
  await list.goto();
  // It has a consultant, so it is listed under « Tous les dossiers », not the first view.
  await page.getByTestId('dossiers-filter').selectOption('all');
  await expect(list.row(listed.title).getByTestId('dossier-open')).toHaveAttribute('href', `/dossiers/${listed.id}`);
  await list.row(listed.title).getByTestId('dossier-open').click();

  const detail = new DossierDetailPage(page);
  await expect(detail.title).toHaveText(listed.title);
  await expect(page.getByRole('link', { name: 'Dossiers (administration)' })).toHaveAttribute('href', '/admin/dossiers');
  await expect(detail.reviewStatus.locator('option')).toHaveText(['Action requise', 'Approuvé', 'Refusé']);
  await expectNoSeriousA11yViolations(page, 'dossier opened by an admin');

  // The admin moves it on, as the assigned pro could.
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/change_dossier_status' }, () => {
    serveDossierPage(standIn, { dossier: { ...dossier, status: 'action_required' }, viewer: admin, documents: [passport], messages: [message] });
    return { status: 200, body: { ...dossier, status: 'action_required' } };
  });
  await detail.reviewStatus.selectOption('action_required');
  await detail.reviewNote.fill('Il manque le relevé bancaire.');
  await detail.reviewSubmit.click();
  await expect(detail.status).toHaveText('Action requise');
  expect(standIn.requests({ path: '/rest/v1/rpc/change_dossier_status' }).map((r) => r.body)).toEqual([
    { dossier_id: listed.id, to_status: 'action_required', note: 'Il manque le relevé bancaire.' },
  ]);
});

test('on a dossier’s page an admin approves a document and answers in the chat', async ({ page, standIn, signIn }) => {
  const admin = claire();
  await signIn(admin, { aal: 'aal2' });
  const { listed, dossier, passport, message } = adminDossierScene();
  serveDossierPage(standIn, { dossier, viewer: admin, documents: [passport], messages: [message], checklist: checklist({ passport: 'pending' }) });
  const approved = { ...passport, status: 'approved' as const, reviewed_at: '2026-11-25T10:00:00.000+00:00' };
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/review_document' }, () => {
    standIn.on({ method: 'GET', path: '/rest/v1/documents', query: { dossier_id: `eq.${listed.id}` } }, rows([approved]));
    return { status: 200, body: { ...approved, updated_at: approved.reviewed_at, reviewed_by: admin.user.id } };
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(listed.id, 'documents');
  await detail.document('passeport.pdf').getByRole('button', { name: 'Approuver passeport.pdf' }).click();
  await expect(detail.document('passeport.pdf')).toContainText('Approuvé');
  expect(standIn.requests({ path: '/rest/v1/rpc/review_document' }).map((r) => r.body)).toEqual([{ document_id: passport.id, decision: 'approved' }]);

  await detail.tab('messages').click();
  await expect(detail.message(message.body)).toContainText('Lucas Martin');
  const mine = messageRow(admin, { id: 'a1000000-0000-4000-8000-000000000012', body: 'Merci, je transmets à Sophie.', dossier_id: listed.id, created_at: '2026-11-25T10:01:00.000+00:00' });
  standIn.on({ method: 'POST', path: '/rest/v1/messages' }, created(mine));
  await detail.chatInput.fill(mine.body);
  await detail.send.click();
  await expect(detail.message(mine.body)).toBeVisible();
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/messages' }).map((r) => r.body)).toEqual([
    { dossier_id: listed.id, body: mine.body, attachment_document_id: null },
  ]);
});

test('an admin pins a post to the top of the feed, then unpins it', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  const FIRST = '10000000-0000-4000-8000-0000000000c1';
  const ANSWER = '10000000-0000-4000-8000-0000000000c2';
  const first = feedRow(FIRST, { title: 'Biométrie à Montréal', created_at: '2026-11-21T14:00:00.000+00:00' });
  const answer = feedRow(ANSWER, { title: 'Où passer le TEF ?', created_at: '2026-11-20T14:00:00.000+00:00' });
  let pinned = false;
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, () =>
    rest.rpc('inside_feed', pinned ? [{ ...answer, pinned: true }, first] : [first, answer]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/set_post_pinned' }, (request) => {
    pinned = (request.body as { pinned: boolean }).pinned;
    return rest.rpc('set_post_pinned', {
      id: ANSWER, author_id: KARIM.id, title: 'Où passer le TEF ?', body: answer.body!, category: 'quebec', pinned,
      like_count: 3, comment_count: 1, hidden: false, removal_reason: null, edited_at: null, created_at: answer.created_at!, search_vector: null,
    });
  });

  const inside = new InsidePage(page);
  await inside.goto();
  await expect(inside.posts).toHaveCount(2);
  const card = inside.post(ANSWER);
  await expect(card.root.getByTestId('post-pin')).toHaveAccessibleName('Épingler « Où passer le TEF ? »');
  await card.root.getByTestId('post-pin').click();
  await expect(page.getByText('Publication épinglée en tête du fil.')).toBeVisible();
  await expect(inside.posts.first()).toHaveAttribute('data-post-id', ANSWER);
  await expect(inside.posts.first()).toContainText('Épinglée');
  await expectNoSeriousA11yViolations(page, 'inside feed, admin');

  await card.root.getByTestId('post-pin').click();
  await expect(page.getByText('Publication désépinglée.')).toBeVisible();
  await expect(inside.posts.first()).toHaveAttribute('data-post-id', FIRST);
  await expect(card.root).not.toContainText('Épinglée');
  const calls = standIn.requests({ path: '/rest/v1/rpc/set_post_pinned' });
  expect(calls.map((r) => r.body)).toEqual([{ post_id: ANSWER, pinned: true }, { post_id: ANSWER, pinned: false }]);
  expect(calls.every((r) => r.client === 'browser')).toBe(true);
});

test('members see no pin button', async ({ page, standIn, signIn }) => {
  await signIn(amina());
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, rest.rpc('inside_feed', [feedRow('10000000-0000-4000-8000-0000000000c3')]));
  const inside = new InsidePage(page);
  await inside.goto();
  await expect(inside.posts).toHaveCount(1);
  await expect(page.getByTestId('post-pin')).toHaveCount(0);
});

test('an admin sees who is muted, and until when, and lifts a mute early', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/mute_member' }, () => {
    standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { muted_until: /^gt\./ } }, embedded([]));
    return { status: 200, body: { user_id: lucas.id, muted_until: null } };
  });
  const moderation = new AdminModerationPage(page);
  await moderation.goto();
  const muted = page.getByTestId('muted-member');
  await expect(muted).toHaveCount(1);
  await expect(muted).toContainText('Lucas Martin');
  await expect(muted).toContainText('jusqu’au 2 déc. 2026');
  const [read] = standIn.requests({ method: 'GET', path: '/rest/v1/accounts', query: { muted_until: /^gt\./ } });
  // Muted now: by the browser's clock, which starts at the scenario's instant (support/clock.ts).
  expect(read!.query).toMatchObject({ muted_until: expect.stringMatching(/^gt\.2026-11-25T14:/), order: 'muted_until.asc' });
  await expectNoSeriousA11yViolations(page, 'admin moderation: muted members');

  await muted.getByRole('button', { name: 'Lever la sourdine de Lucas Martin' }).click();
  await expect(page.getByText('Lucas Martin peut de nouveau publier et commenter.')).toBeVisible();
  await expect(page.getByTestId('muted-count')).toHaveText('Aucun membre en sourdine.');
  expect(standIn.requests({ path: '/rest/v1/rpc/mute_member' }).map((r) => r.body)).toEqual([{ user_id: lucas.id, muted_until: null }]);
});

test('a member deletes a notification; an unread one leaves the count too', async ({ page, standIn, signIn }) => {
  const me = amina();
  await signIn(me);
  const unread = notificationRow('77777777-7777-4777-8777-000000000021', me, { title: 'Document approuvé : passeport.pdf', link: null });
  const read = notificationRow('77777777-7777-4777-8777-000000000022', me, { title: 'Rappel : « Entrée express »', link: null, read_at: '2026-11-21T10:00:00.000+00:00' });
  standIn.on({ method: 'GET', path: '/rest/v1/notifications', query: { user_id: `eq.${me.user.id}` } }, listOf([unread, read]));
  standIn.on({ method: 'HEAD', path: '/rest/v1/notifications' }, rest.rows('notifications', [], 1));
  standIn.on({ method: 'DELETE', path: '/rest/v1/notifications' }, rest.written('notifications', null, 204));

  const notifications = new NotificationsPage(page);
  const bell = new NotificationBell(page);
  await notifications.goto();
  await expect(notifications.items).toHaveCount(2);
  await expect(bell.count).toHaveText('1');
  await expectNoSeriousA11yViolations(page, 'notifications with delete');

  await notifications.item(read.id).getByRole('button', { name: `Supprimer : ${read.title}` }).click();
  await expect(notifications.items).toHaveCount(1);
  await expect(bell.count).toHaveText('1');
  await notifications.item(unread.id).getByRole('button', { name: `Supprimer : ${unread.title}` }).click();
  await expect(page.getByText('Aucune notification')).toBeVisible();
  await expect(bell.count).toHaveCount(0);
  const deletes = standIn.requests({ method: 'DELETE', path: '/rest/v1/notifications' });
  expect(deletes.map((r) => r.query.id)).toEqual([`eq.${read.id}`, `eq.${unread.id}`]);
});

test('the uploader corrects the kind and expiry of a pending document; a reviewed one offers no correction', async ({ page, standIn, signIn }) => {
  const me = amina();
  await signIn(me);
  const pending = documentRow(me, { id: '99999999-9999-4999-8999-000000000031', file_name: 'tef-canada.pdf', kind: 'passport' });
  const reviewed = documentRow(me, { id: '99999999-9999-4999-8999-000000000032', file_name: 'photo.jpg', kind: 'photo', status: 'approved', mime_type: 'image/jpeg' });
  const data = { dossier: dossierRow(me, sophie()), viewer: me, documents: [pending, reviewed], checklist: checklist({ passport: 'pending', photo: 'approved' }) };
  serveDossierPage(standIn, data);
  const corrected = { ...pending, kind: 'language_test', expires_on: '2028-03-31' };
  standIn.on({ method: 'PATCH', path: '/rest/v1/documents' }, () => {
    serveDossierPage(standIn, { ...data, documents: [corrected, reviewed] });
    return { status: 200, body: [{ id: pending.id }] };
  });

  const detail = new DossierDetailPage(page);
  await detail.goto(data.dossier.id, 'documents');
  await expect(detail.document('photo.jpg').getByTestId('document-correct')).toHaveCount(0);
  await detail.document('tef-canada.pdf').getByRole('button', { name: 'Corriger tef-canada.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'Corriger le document' });
  await expect(dialog.getByTestId('correct-kind')).toHaveValue('passport');
  await dialog.getByTestId('correct-kind').selectOption('language_test');
  await dialog.getByTestId('correct-expires-on').fill('2028-03-31');
  await expectNoSeriousA11yViolations(page, 'correct a document');
  await screenshot(page, 'document-correct-dialog');
  await dialog.getByTestId('correct-confirm').click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('« tef-canada.pdf » est corrigé.')).toBeVisible();
  await expect(detail.document('tef-canada.pdf')).toContainText('Résultats de test de langue');
  await expect(detail.document('tef-canada.pdf')).toContainText('expire le');
  const [patch] = standIn.requests({ method: 'PATCH', path: '/rest/v1/documents' });
  expect(patch!.query).toMatchObject({ id: `eq.${pending.id}` });
  expect(patch!.body).toEqual({ kind: 'language_test', expires_on: '2028-03-31' });
});
