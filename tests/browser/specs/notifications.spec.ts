import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { NotificationBell, NotificationsPage } from '../pages/notifications-page.ts';
import { json, rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { eventRow, listOf, notificationRow, serveDashboard } from '../support/community-data.ts';
import { amina } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const EVENT = '44444444-4444-4444-8444-0000000000e1';

test('a notification that arrives through Realtime raises the bell’s count at once', async ({ page, signIn, standIn }) => {
  const me = amina();
  const session = await signIn(me);
  serveDashboard(standIn, me);
  standIn.on({ method: 'HEAD', path: '/rest/v1/notifications' }, rest.rows('notifications', [], 1));

  await new DashboardPage(page).goto();
  const bell = new NotificationBell(page);
  await expect(bell.count).toHaveText('1');
  await expect(bell.link).toHaveAccessibleName('Notifications, 1 non lue');

  const join = await standIn.realtime.waitForJoin(`realtime:user:${me.user.id}`);
  expect(join.payload.config).toMatchObject({ private: true });
  expect(join.payload.access_token).toBe(session.access_token);

  // A broadcast only names a notification: the app reads it back under RLS and shows that. One the
  // database does not return (not the viewer's, or never written) is neither counted nor shown.
  const unknown = { id: '77777777-7777-4777-8777-00000000000f', kind: 'dossier_status_changed', title: 'Votre dossier est refusé', body: '', link: null, created_at: FIXTURE_NOW };
  standIn.on({ method: 'GET', path: '/rest/v1/notifications', query: { id: `eq.${unknown.id}` } }, listOf([]));
  const promoted = notificationRow('77777777-7777-4777-8777-000000000001', me, {
    kind: 'event_promoted', title: 'Une place s’est libérée : « Entrée express »', body: 'Vous êtes maintenant inscrit.',
    link: `/live/${EVENT}`, created_at: FIXTURE_NOW,
  });
  const readBack = { method: 'GET', path: '/rest/v1/notifications', query: { id: `eq.${promoted.id}`, user_id: `eq.${me.user.id}` } } as const;
  standIn.on(readBack, listOf([{ ...promoted, replaces: null }]));
  standIn.realtime.broadcast(`realtime:user:${me.user.id}`, 'notification', unknown);
  expect(standIn.realtime.broadcast(`realtime:user:${me.user.id}`, 'notification', {
    id: promoted.id, kind: promoted.kind, title: promoted.title, body: promoted.body, link: promoted.link, created_at: promoted.created_at,
  })).toBe(1);

  // Read back in the order they came: once the second counts, the first was dealt with.
  await expect(bell.count).toHaveText('2');
  await expect(bell.link).toHaveAccessibleName('Notifications, 2 non lues');
  await expect(page.getByRole('status').getByText('Une place s’est libérée : « Entrée express »')).toBeVisible();
  await expect(page.getByText(unknown.title)).toHaveCount(0);
  expect(standIn.requests({ method: 'GET', path: '/rest/v1/notifications', query: { id: `eq.${unknown.id}` } })).toHaveLength(1);
  expect(standIn.requests(readBack)).toHaveLength(1);
  expect(standIn.requests({ method: 'HEAD', path: '/rest/v1/notifications' })).toHaveLength(1);
});

test('the notifications page marks one or all read, and each leads to what it is about', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  const rows = [
    // As register_for_event writes it (live chapter): the whole title, ordinary spaces around « » and :.
    notificationRow('77777777-7777-4777-8777-000000000002', me, {
      kind: 'event_registered', title: `Inscription confirmée : « ${eventRow(EVENT).title} »`,
      body: 'mercredi 2\u00A0décembre 2026 à 19\u00A0h (heure de l’Est)', link: `/live/${EVENT}`,
    }),
    notificationRow('77777777-7777-4777-8777-000000000003', me, { kind: 'document_reviewed', title: 'Document approuvé : passeport.pdf', body: '', link: '/dossiers/55555555-5555-4555-8555-000000000001' }),
    notificationRow('77777777-7777-4777-8777-000000000004', me, { read_at: '2026-11-21T10:00:00.000+00:00' }),
  ];
  standIn.on({ method: 'GET', path: '/rest/v1/notifications', query: { user_id: `eq.${me.user.id}` } }, listOf(rows));
  standIn.on({ method: 'HEAD', path: '/rest/v1/notifications' }, rest.rows('notifications', [], 2));
  standIn.on({ method: 'PATCH', path: '/rest/v1/notifications' }, rest.written('notifications', null, 204));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/mark_all_notifications_read' }, rest.rpc('mark_all_notifications_read', 1));
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT}` } }, listOf([eventRow(EVENT)]));
  standIn.on({ method: 'GET', path: '/rest/v1/event_registrations' }, listOf([]));

  const notifications = new NotificationsPage(page);
  const bell = new NotificationBell(page);
  await notifications.goto();
  await expect(notifications.items).toHaveCount(3);
  await expect(notifications.unreadSummary).toHaveText('2 non lues');
  // The bell and the page's summary come from one count, read once for the request.
  await expect(bell.count).toHaveText('2');
  expect(standIn.requests({ method: 'HEAD', path: '/rest/v1/notifications' })).toHaveLength(1);
  await expect(notifications.item(rows[0].id).getByTestId('notification-link')).toHaveAttribute('href', `/live/${EVENT}`);
  // Shown, the « : » and « » » stay with their words: no line starts with one.
  await expect(notifications.item(rows[0].id).getByTestId('notification-link'))
    .toHaveJSProperty('textContent', 'Inscription confirmée\u00A0: «\u00A0Entrée express\u00A0: les étapes après l’invitation\u00A0»');
  await expect(notifications.item(rows[1].id).getByTestId('notification-link')).toHaveAttribute('href', '/dossiers/55555555-5555-4555-8555-000000000001');
  await expectNoSeriousA11yViolations(page, 'notifications');
  await screenshot(page, 'notifications');

  await notifications.item(rows[1].id).getByTestId('notification-mark-read').click();
  await expect(notifications.unreadSummary).toHaveText('1 non lue');
  await expect(bell.count).toHaveText('1');
  const [patch] = standIn.requests({ method: 'PATCH', path: '/rest/v1/notifications' });
  expect(patch.query).toMatchObject({ id: `eq.${rows[1].id}` });
  expect(Object.keys(patch.body as object)).toEqual(['read_at']);

  await notifications.markAllRead.click();
  await expect(notifications.unreadSummary).toHaveText('Tout est lu');
  await expect(bell.count).toHaveCount(0);
  expect(standIn.requests({ path: '/rest/v1/rpc/mark_all_notifications_read' })).toHaveLength(1);

  await notifications.item(rows[0].id).getByTestId('notification-link').click();
  await expect(page).toHaveURL((url) => url.pathname === `/live/${EVENT}`);
  await expect(page.getByTestId('event-detail')).toBeVisible();
});

test('opening an unread notification marks it read on the way', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  const row = notificationRow('77777777-7777-4777-8777-000000000005', me, { kind: 'event_cancelled', title: 'Live annulé : « Entrée express »', link: `/live/${EVENT}` });
  standIn.on({ method: 'GET', path: '/rest/v1/notifications', query: { user_id: `eq.${me.user.id}` } }, listOf([row]));
  standIn.on({ method: 'HEAD', path: '/rest/v1/notifications' }, rest.rows('notifications', [], 1));
  standIn.on({ method: 'PATCH', path: '/rest/v1/notifications' }, json(null, 204));
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT}` } }, listOf([eventRow(EVENT, { status: 'cancelled', cancellation_reason: 'Conférencier malade' })]));
  standIn.on({ method: 'GET', path: '/rest/v1/event_registrations' }, listOf([]));

  const notifications = new NotificationsPage(page);
  await notifications.goto();
  await notifications.item(row.id).getByTestId('notification-link').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entrée express : les étapes après l’invitation');
  await expect(page.getByText('Conférencier malade')).toBeVisible();
  expect(standIn.requests({ method: 'PATCH', path: '/rest/v1/notifications' }).map((r) => r.query.id)).toEqual([`eq.${row.id}`]);
  await expect(new NotificationBell(page).count).toHaveCount(0);
});
