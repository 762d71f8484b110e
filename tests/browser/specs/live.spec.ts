import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures.ts';
import { EventPage, LivePage } from '../pages/live-page.ts';
import { json, rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { eventRow, listOf, type EventRow } from '../support/community-data.ts';
import { amina } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const EVENT = '44444444-4444-4444-8444-0000000000e1';
const PAST = '44444444-4444-4444-8444-0000000000e2';
const JOIN_URL = 'https://meet.example.com/capitune-entree-express';

test('registering for a full event puts the member on the waitlist and shows their place', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  let event: EventRow = eventRow(EVENT, { capacity: 50, registered_count: 50, waitlist_count: 2 });
  let registration: { event_id: string; status: 'waitlisted' } | null = null;
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT}` } }, () => listOf([event]));
  standIn.on({ method: 'GET', path: '/rest/v1/event_registrations', query: { event_id: `eq.${EVENT}`, user_id: `eq.${me.user.id}` } },
    () => listOf(registration ? [registration] : []));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/register_for_event' }, () => {
    registration = { event_id: EVENT, status: 'waitlisted' };
    event = { ...event, waitlist_count: 3 };
    return rest.rpc('register_for_event', { id: 9, event_id: EVENT, user_id: me.user.id, status: 'waitlisted', promoted_at: null, created_at: FIXTURE_NOW });
  });
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/event_waitlist_position' }, rest.rpc('event_waitlist_position', 3));

  const live = new EventPage(page, EVENT);
  await live.goto();
  await expect(live.seats).toHaveText('Complet · 2 en liste d’attente');
  await expect(live.when).toHaveText('mer. 2 déc., 19 h – 20 h 30 (heure de l’Est)');
  await expect(live.register).toHaveText('Rejoindre la liste d’attente');

  await live.register.click();

  await expect(live.waitlistPosition).toHaveText('Vous êtes 3e sur la liste d’attente.');
  await expect(live.unregister).toHaveText('Quitter la liste d’attente');
  await expect(live.seats).toHaveText('Complet · 3 en liste d’attente');
  await expect(live.joinLink).toHaveCount(0);
  const [registered] = standIn.requests({ path: '/rest/v1/rpc/register_for_event' });
  expect(registered).toMatchObject({ method: 'POST', client: 'browser', body: { event_id: EVENT } });
  expect(standIn.requests({ path: '/rest/v1/rpc/event_waitlist_position' }).map((r) => r.body)).toEqual([{ event_id: EVENT }]);
  expect(standIn.requests({ path: '/rest/v1/event_join_links' })).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'live event, waitlisted');
  await screenshot(page, 'live-event-waitlisted');
});

test('a registered member gets the join link and an .ics file in UTC, and can give the seat back', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  let registered = true;
  // The standing the Live list shows for it (the last test): one seat left.
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT}` } }, listOf([eventRow(EVENT, { capacity: 50, registered_count: 49 })]));
  standIn.on({ method: 'GET', path: '/rest/v1/event_registrations', query: { event_id: `eq.${EVENT}`, user_id: `eq.${me.user.id}` } },
    () => listOf(registered ? [{ event_id: EVENT, status: 'registered' }] : []));
  standIn.on({ method: 'GET', path: '/rest/v1/event_join_links', query: { event_id: `eq.${EVENT}` } }, () => listOf(registered ? [{ join_url: JOIN_URL }] : []));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/unregister_from_event' }, () => {
    registered = false;
    return json(null, 204);
  });
  // The database writes the start in the member's zone, as it does for their notification and email;
  // PostgREST answers a scalar function with its JSON value (a quoted string).
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_local_time' },
    { status: 200, body: JSON.stringify('mercredi 2\u00A0décembre 2026 à 19\u00A0h (heure de l’Est)') });

  const live = new EventPage(page, EVENT);
  await live.goto();
  await expect(live.status).toContainText('Vous êtes inscrit');
  await expect(live.seats).toHaveText('1 place restante sur 50');
  await expect(live.joinLink).toHaveAttribute('href', JOIN_URL);
  await expect(live.joinLink).toHaveAttribute('target', '_blank');
  await expectNoSeriousA11yViolations(page, 'live event, registered');
  await screenshot(page, 'live-event-registered');

  const [download] = await Promise.all([page.waitForEvent('download'), live.calendarFile.click()]);
  expect(download.suggestedFilename()).toBe('capitune-live-2026-12-03.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics).toContain('\r\nDTSTART:20261203T000000Z\r\nDTEND:20261203T013000Z\r\n');
  expect(ics).toContain('\r\nSUMMARY:Entrée express : les étapes après l’invitation\r\n');
  expect(ics).toContain(`\r\nLOCATION:${JOIN_URL}\r\n`);
  const description = /\r\nDESCRIPTION:(.*?)\r\n(?! )/s.exec(ics)![1]!.replace(/\r\n /g, '');
  expect(description).toMatch(/^Début\u202F: mercredi 2\u00A0décembre 2026 à 19\u00A0h \(heure de l’Est\)\\n\\n/);
  expect(standIn.requests({ path: '/rest/v1/rpc/my_local_time', client: 'server' }).map((r) => r.body))
    .toEqual([{ at: '2026-12-03T00:00:00.000+00:00' }]);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  expect(standIn.requests({ path: '/rest/v1/event_join_links', client: 'server' }).length).toBeGreaterThan(0);

  await live.unregister.click();
  await page.getByTestId('confirm-unregister').click();
  await expect(live.register).toHaveText('M’inscrire');
  await expect(live.joinLink).toHaveCount(0);
  expect(standIn.requests({ path: '/rest/v1/rpc/unregister_from_event' }).map((r) => r.body)).toEqual([{ event_id: EVENT }]);
});

test('the Live page lists upcoming events in the viewer’s zone with their standing, and past ones with replays', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { ends_at: /^gt\./ } }, listOf([
    eventRow(EVENT, { capacity: 50, registered_count: 49 }),
    // The one the admin screens list as cancelled (support/admin-data.ts): its own day and text.
    eventRow('44444444-4444-4444-8444-0000000000e3', {
      title: 'Parrainage : questions fréquentes', description: 'Les questions qu’on nous pose le plus sur le parrainage familial.',
      starts_at: '2026-12-10T23:00:00.000+00:00', ends_at: '2026-12-11T00:00:00.000+00:00', capacity: null, registered_count: 0,
      status: 'cancelled', cancellation_reason: 'Conférencière malade',
    }),
  ]));
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { ends_at: /^lte\./ } }, listOf([
    eventRow(PAST, { title: 'Arriver au Québec : les premières semaines', description: 'Logement, NAS, carte d’assurance maladie\u202f: les démarches des premières semaines.', status: 'completed', starts_at: '2026-10-01T23:00:00.000+00:00', ends_at: '2026-10-02T00:00:00.000+00:00', replay_url: 'https://video.example.com/montreal' }),
  ]));
  standIn.on({ method: 'GET', path: '/rest/v1/event_registrations', query: { user_id: `eq.${me.user.id}` } }, listOf([{ event_id: EVENT, status: 'registered' }]));

  const live = new LivePage(page);
  await live.goto();
  await expect(live.tab('upcoming')).toHaveAttribute('aria-current', 'page');
  await expect(live.event(EVENT)).toContainText('mer. 2 déc., 19 h – 20 h 30 (heure de l’Est)');
  await expect(live.event(EVENT)).toContainText('1 place restante sur 50');
  await expect(live.event(EVENT)).toContainText('Inscrit');
  await expect(live.events.nth(1)).toContainText('Annulé');
  await expect(live.events.nth(1)).toContainText('jeu. 10 déc., 18 h – 19 h (heure de l’Est)');
  const [upcoming] = standIn.requests({ path: '/rest/v1/events' });
  expect(upcoming.query).toMatchObject({ order: 'starts_at.asc' });
  await expectNoSeriousA11yViolations(page, 'live upcoming');
  await screenshot(page, 'live-upcoming');

  await live.tab('past').click();
  await expect(live.tab('past')).toHaveAttribute('aria-current', 'page');
  await expect(live.event(PAST)).toContainText('Terminé');
  await expect(live.event(PAST)).toContainText('Logement, NAS');
  await expect(live.event(PAST).getByRole('link', { name: /Voir la rediffusion/ })).toHaveAttribute('href', 'https://video.example.com/montreal');
  await expectNoSeriousA11yViolations(page, 'live past');
  await screenshot(page, 'live-past');
});
