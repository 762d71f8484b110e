import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { HomePage } from '../pages/home-page.ts';
import { rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { TEST_PUBLISHABLE_KEY } from '../support/app-server.ts';
import { eventRow, feedRow, serveDashboard, servePublicEvents } from '../support/community-data.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const EVENT_A = '44444444-4444-4444-8444-00000000000a';
const EVENT_B = '44444444-4444-4444-8444-00000000000b';

test.describe('the public home, seen from Paris', () => {
  test.use({ timezoneId: 'Europe/Paris' });

  test('shows what CAPITUNE offers and the next Live in the visitor’s time zone, read on the server as anon', async ({ page, standIn }) => {
    servePublicEvents(standIn, [
      eventRow(EVENT_A, { capacity: 50, registered_count: 38 }),
      eventRow(EVENT_B, { title: 'Vivre à Montréal', starts_at: '2026-12-10T23:00:00.000+00:00', ends_at: '2026-12-11T00:00:00.000+00:00', capacity: null }),
    ]);
    const home = new HomePage(page);
    await home.goto();

    await expect(page.getByRole('heading', { level: 2, name: 'Ce que vous y trouverez' })).toBeVisible();
    await expect(home.upcomingEvents).toHaveCount(2);
    // 00:00 UTC is 01:00 in Paris (the server rendered Toronto's 19:00 until the page hydrated).
    await expect(home.upcomingEvents.first()).toContainText('jeu. 3 déc., 1 h – 2 h 30 (heure de l’Europe centrale)');
    await expect(home.upcomingEvents.first()).toContainText('12 places restantes sur 50');
    await expect(home.upcomingEvents.nth(1)).toContainText('Places illimitées');
    await expect(page.getByTestId('home-cta-register')).toHaveAttribute('href', '/inscription');

    const reads = standIn.requests({ path: '/rest/v1/events' });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ method: 'GET', client: 'server', query: { status: 'eq.scheduled', order: 'starts_at.asc', limit: '3' } });
    expect(reads[0].query.select).toBe('id,title,description,starts_at,ends_at,capacity,registered_count');
    expect(reads[0].headers.apikey).toBe(TEST_PUBLISHABLE_KEY);
    expect(reads[0].headers.authorization).toBeUndefined();
    expect(standIn.requests({ client: 'browser' })).toEqual([]);

    await expectNoSeriousA11yViolations(page, 'home with events');
    await screenshot(page, 'home-events');
  });
});

test('says so when no Live is scheduled, and still renders when the calendar cannot be read', async ({ page, standIn }) => {
  servePublicEvents(standIn, []);
  const home = new HomePage(page);
  await home.goto();
  await expect(home.noEvents).toBeVisible();

  standIn.on({ method: 'GET', path: '/rest/v1/events' }, rest.error(503, 'PGRST000', 'Database unavailable'));
  await home.goto();
  await expect(page.getByText('Le calendrier des Live est momentanément indisponible.')).toBeVisible();
  await expect(home.registerLink).toBeVisible();
});

test('carries a title, a description, a canonical link and Open Graph tags with an image', async ({ page, standIn, baseURL }) => {
  servePublicEvents(standIn, []);
  await new HomePage(page).goto();

  await expect(page).toHaveTitle('CAPITUNE — Préparez votre dossier d’immigration avec un consultant');
  const meta = (selector: string) => page.locator(selector).first();
  await expect(meta('meta[name="description"]')).toHaveAttribute('content', /consultant réglementé/);
  await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${baseURL}/?$`));
  await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  await expect(meta('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_CA');
  await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', /CAPITUNE/);
  await expect(meta('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`^${baseURL}/?$`));
  await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = await meta('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(new RegExp(`^${baseURL}/`));
  const response = await page.request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('publishes sitemap.xml with the public pages, and robots.txt keeps crawlers out of the signed-in area', async ({ page, baseURL }) => {
  const sitemap = await page.request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  for (const path of ['/', '/inscription', '/connexion', '/conditions', '/confidentialite']) {
    expect(xml).toContain(`<loc>${new URL(path, baseURL).toString()}</loc>`);
  }
  expect(xml).not.toContain('/accueil');

  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toContain('Allow: /');
  for (const path of ['/accueil', '/inside', '/live', '/dossiers', '/notifications', '/admin']) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the signed-in home gathers dossiers, unread messages, the next Live and the latest Inside posts', async ({ page, signIn, standIn }) => {
  const candidate = amina();
  await signIn(candidate);
  serveDashboard(standIn, candidate, {
    dossiers: [{
      // « Action requise » comes from a consultant; « Soumis » without one waits on the CAPITUNE team.
      id: '55555555-5555-4555-8555-000000000001', candidate_id: candidate.user.id, pro_id: sophie().user.id, program_type: 'express_entry',
      title: 'Résidence permanente', description: '', status: 'action_required', submitted_at: '2026-10-10T14:00:00.000+00:00', decided_at: null,
      created_at: '2026-10-01T14:00:00.000+00:00', updated_at: '2026-11-20T14:00:00.000+00:00',
      candidate_unread_count: 2, pro_unread_count: 4,
    }, {
      id: '55555555-5555-4555-8555-000000000002', candidate_id: candidate.user.id, pro_id: null, program_type: 'study_permit',
      title: 'Permis d’études', description: '', status: 'submitted', submitted_at: '2026-11-18T14:00:00.000+00:00', decided_at: null,
      created_at: '2026-09-01T14:00:00.000+00:00', updated_at: '2026-11-18T14:00:00.000+00:00',
      candidate_unread_count: 1, pro_unread_count: 0,
    }],
    events: [{ ...eventRow(EVENT_A), event_registrations: [{ status: 'waitlisted' }] }],
    posts: [feedRow('10000000-0000-4000-8000-000000000001')],
    // What public.my_next_steps answers for these two: the home always says what comes next.
    nextSteps: [
      { dossier_id: '55555555-5555-4555-8555-000000000001', title: 'Résidence permanente', status: 'action_required', action: 'resubmit', actor: 'candidate',
        due_on: null as unknown as string, task_id: null as unknown as string, task_title: null as unknown as string, documents: null as unknown as string[],
        candidate_name: 'Amina Diallo', pro_name: 'Sophie Tremblay' },
      { dossier_id: '55555555-5555-4555-8555-000000000002', title: 'Permis d’études', status: 'submitted', action: 'assign_pro', actor: 'admin',
        due_on: null as unknown as string, task_id: null as unknown as string, task_title: null as unknown as string, documents: null as unknown as string[],
        candidate_name: 'Amina Diallo', pro_name: null as unknown as string },
    ],
  });
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await expect(page.getByTestId('next-step').getByTestId('next-step-action')).toHaveText('Soumettre à nouveau le dossier, une fois les corrections faites');
  const lines = dashboard.section('dossiers').getByTestId('next-step-line');
  await expect(lines).toHaveText([
    'Prochaine étape : Soumettre à nouveau le dossier, une fois les corrections faites',
    'Prochaine étape pour l’équipe CAPITUNE : Assigner un consultant au dossier',
  ]);
  await expect(dashboard.section('dossiers')).toContainText('Résidence permanente');
  await expect(dashboard.section('dossiers')).toContainText('Action requise');
  // The candidate's side of each dossier's counters: the pro's four unread messages are not theirs.
  await expect(dashboard.unreadMessages).toHaveText('3 messages non lus.');
  await expect(dashboard.section('dossiers').getByText('2 non lus')).toBeVisible();
  await expect(dashboard.section('dossiers').getByText('1 non lu', { exact: true })).toBeVisible();
  await expect(dashboard.section('events')).toContainText('Entrée express : les étapes après l’invitation');
  await expect(dashboard.section('events')).toContainText('mer. 2 déc., 19 h – 20 h 30 (heure de l’Est)');
  await expect(dashboard.section('events')).toContainText('Liste d’attente');
  await expect(dashboard.section('posts').getByRole('link', { name: 'Biométrie à Montréal' })).toHaveAttribute('href', '/inside/10000000-0000-4000-8000-000000000001');

  const [events] = standIn.requests({ path: '/rest/v1/events' });
  expect(events.query).toMatchObject({ 'event_registrations.user_id': `eq.${candidate.user.id}`, status: 'neq.cancelled', order: 'starts_at.asc' });
  expect(standIn.requests({ path: '/rest/v1/messages' })).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'signed-in home');
  await screenshot(page, 'dashboard-community');
});

test('a sidebar link says its page is coming, and the page in view stays, until the new one is there', async ({ page, signIn, standIn }) => {
  const candidate = amina();
  await signIn(candidate);
  serveDashboard(standIn, candidate);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  // Inside's server render waits for its feed until the test lets it through.
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, async () => {
    await held;
    return rest.rpc('inside_feed', []);
  });
  const link = dashboard.sidebar.getByRole('link', { name: 'Inside' });
  const status = dashboard.sidebar.getByRole('status');
  await expect(status).toHaveText('');
  await link.click();
  await expect(status).toHaveText('Chargement de la page…');
  await standIn.waitForRequest({ path: '/rest/v1/rpc/inside_feed' });
  await expect(page).toHaveURL((url) => url.pathname === DashboardPage.path);
  await expect(dashboard.root).toBeVisible();

  release();
  await expect(page).toHaveURL((url) => url.pathname === '/inside');
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(status).toHaveText('');
});
