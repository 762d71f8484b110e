import { expect, test } from '../fixtures.ts';
import { InsidePage } from '../pages/inside-page.ts';
import { PostPage } from '../pages/post-page.ts';
import { json, rest, type RecordedRequest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { commentRow, createdObject, feedPage, feedRow, KARIM, listOf } from '../support/community-data.ts';
import { amina } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot, VIEWPORTS } from '../support/screenshots.ts';

failOnPageErrors(test);

const PINNED = '10000000-0000-4000-8000-0000000000aa';
const POST = '10000000-0000-4000-8000-0000000000bb';
const feedCalls = (requests: RecordedRequest[]) => requests.map((r) => r.body as Record<string, unknown>);

test('liking a post counts it at once and sends the like; pinned posts come first; text stays text', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, rest.rpc('inside_feed', [
    feedRow(PINNED, {
      pinned: true, title: 'Bienvenue dans Inside', author_name: 'Équipe CAPITUNE', author_role: 'admin',
      body: 'Présentez-vous, posez vos questions, racontez votre parcours. Une seule règle\u202f: personne ne peut vous garantir un visa.',
    }),
    feedRow(POST, { body: 'Voici mon <img src=x onerror="document.title=1"> retour : tout s’est bien passé.' }),
  ]));
  standIn.on({ method: 'POST', path: '/rest/v1/post_likes' }, rest.written('post_likes', null, 201));
  standIn.on({ method: 'DELETE', path: '/rest/v1/post_likes' }, rest.written('post_likes', null, 204));

  const inside = new InsidePage(page);
  await inside.goto();
  await expect(inside.posts).toHaveCount(2);
  await expect(inside.posts.first()).toContainText('Épinglée');
  await expect(inside.posts.first()).toContainText('Équipe CAPITUNE');
  await expect(inside.posts.first()).toContainText('Présentez-vous');
  const post = inside.post(POST);
  await expect(post.body).toHaveText('Voici mon <img src=x onerror="document.title=1"> retour : tout s’est bien passé.');
  await expect(post.root.locator('p img')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'inside feed');
  await screenshot(page, 'inside-feed');

  await expect(post.likeCount).toHaveText('3');
  await post.like.click();
  await expect(post.likeCount).toHaveText('4');
  await expect(post.like).toHaveAttribute('aria-pressed', 'true');
  const like = await standIn.waitForRequest({ method: 'POST', path: '/rest/v1/post_likes' });
  expect(like).toMatchObject({ client: 'browser', body: { post_id: POST } });
  expect(like.headers.authorization).toMatch(/^Bearer /);

  await post.like.click();
  await expect(post.likeCount).toHaveText('3');
  const unlike = await standIn.waitForRequest({ method: 'DELETE', path: '/rest/v1/post_likes' });
  expect(unlike.query).toMatchObject({ post_id: `eq.${POST}`, user_id: `eq.${me.user.id}` });
  expect(feedCalls(standIn.requests({ path: '/rest/v1/rpc/inside_feed' }))).toEqual([{ page_size: 10 }]);
});

test('the feed opens on a short page, and scrolling loads the next pages by keyset', async ({ page, signIn, standIn }) => {
  await signIn(amina());
  const first = feedPage(10);
  const second = feedPage(20, 10);
  const third = feedPage(5, 30);
  const pageAfter = (id?: string) => (!id ? first : id === first.at(-1)!.id ? second : third);
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, (request) =>
    rest.rpc('inside_feed', pageAfter((request.body as { before_id?: string }).before_id)));

  const inside = new InsidePage(page);
  await inside.goto();
  await expect(inside.posts).toHaveCount(10);
  await inside.loadMore.scrollIntoViewIfNeeded();
  await expect(inside.posts).toHaveCount(30);
  await inside.loadMore.scrollIntoViewIfNeeded();

  await expect(inside.posts).toHaveCount(35);
  await expect(inside.loadMore).toHaveCount(0);
  const [ends1, ends2] = [first.at(-1)!, second.at(-1)!];
  expect(feedCalls(standIn.requests({ path: '/rest/v1/rpc/inside_feed' }))).toEqual([
    { page_size: 10 },
    { page_size: 20, before_created_at: ends1.created_at, before_id: ends1.id },
    { page_size: 20, before_created_at: ends2.created_at, before_id: ends2.id },
  ]);
});

test('a member comments on a post and sees it under the others', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  const existing = commentRow('20000000-0000-4000-8000-000000000001', POST, { full_name: KARIM.full_name, avatar_path: null, role: 'candidate' });
  // Amina asked; Karim answered, and she thanks him.
  standIn.on({ method: 'GET', path: '/rest/v1/feed_posts', query: { id: `eq.${POST}` } },
    listOf([feedRow(POST, { author_id: me.user.id, author_name: me.profile.full_name })]));
  standIn.on({ method: 'GET', path: '/rest/v1/comments', query: { post_id: `eq.${POST}` } }, listOf([existing]));
  standIn.on({ method: 'POST', path: '/rest/v1/comments' }, (request) => createdObject(commentRow('20000000-0000-4000-8000-000000000002', POST,
    { full_name: 'Amina Diallo', avatar_path: null, role: 'candidate' },
    { author_id: me.user.id, body: (request.body as { body: string }).body, created_at: FIXTURE_NOW })));

  const post = new PostPage(page, POST);
  await post.goto();
  await expect(page.getByRole('heading', { level: 1, name: 'Biométrie à Montréal' })).toBeVisible();
  await expect(page.getByTestId('post-card')).toContainText('Amina Diallo');
  await expect(post.comments).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'inside post');
  await screenshot(page, 'inside-post');

  await post.comment('  Merci Karim, je prends rendez-vous.  ');

  await expect(post.comments).toHaveCount(2);
  await expect(post.comments.nth(1)).toContainText('Amina Diallo');
  await expect(post.comments.nth(1)).toContainText('Merci Karim, je prends rendez-vous.');
  await expect(page.getByRole('heading', { name: 'Commentaires (2)' })).toBeVisible();
  await expect(post.commentBody).toHaveValue('');
  const [sent] = standIn.requests({ method: 'POST', path: '/rest/v1/comments' });
  expect(sent).toMatchObject({ client: 'browser', body: { post_id: POST, body: 'Merci Karim, je prends rendez-vous.' } });
  expect(sent.query.select).toContain('author:profiles!comments_author_id_fkey');
});

test('searching Inside shows the full-text results, best first', async ({ page, signIn, standIn }) => {
  await signIn(amina());
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, rest.rpc('inside_feed', [feedRow(POST)]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/search_posts' }, rest.rpc('search_posts', [
    { post: feedRow(POST, { title: 'Biométrie : mon expérience' }), rank: 0.9 },
    { post: feedRow(PINNED, { title: 'Rendez-vous de biométrie à Québec' }), rank: 0.4 },
  ]));

  const inside = new InsidePage(page);
  await inside.goto();
  await inside.search('biométrie');

  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'biométrie');
  await expect(inside.searchSummary).toHaveText('2 résultats pour « biométrie »');
  await expect(inside.searchResults.getByTestId('post-card').first()).toContainText('Biométrie : mon expérience');
  await expect(inside.searchInput).toHaveValue('biométrie');
  const searches = standIn.requests({ path: '/rest/v1/rpc/search_posts' });
  expect(searches.map((r) => r.body)).toEqual([{ query: 'biométrie', max_results: 30 }]);
  await expectNoSeriousA11yViolations(page, 'inside search');
  // On a phone the field has the whole line (its label and placeholder uncut); the button goes below.
  await page.setViewportSize(VIEWPORTS.mobile);
  const [field, form] = [await inside.searchInput.boundingBox(), await page.getByTestId('search-form').boundingBox()];
  expect(field!.width).toBeGreaterThanOrEqual(form!.width - 1);
  await page.setViewportSize(VIEWPORTS.desktop);
  await screenshot(page, 'inside-search');
});

test('reporting a post sends the reason; reporting it again gets the database’s French sentence', async ({ page, signIn, standIn }) => {
  await signIn(amina());
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, rest.rpc('inside_feed', [feedRow(POST)]));
  standIn.on({ method: 'POST', path: '/rest/v1/reports' }, rest.written('reports', null, 201), { times: 1 });
  standIn.on({ method: 'GET', path: '/rest/v1/constraint_messages', query: { constraint_name: 'eq.reports_once_per_post_idx' } },
    json([{ constraint_name: 'reports_once_per_post_idx', message: 'Vous avez déjà signalé cette publication.' }]));

  const inside = new InsidePage(page);
  await inside.goto();
  const report = async () => {
    await inside.post(POST).report.click();
    const dialog = page.getByRole('dialog', { name: 'Signaler cette publication' });
    await dialog.getByTestId('report-reason').selectOption('misinformation');
    await dialog.getByTestId('report-details').fill('Le délai annoncé est faux.');
    await dialog.getByTestId('report-submit').click();
    return dialog;
  };

  const dialog = await report();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Merci : votre signalement a été transmis aux modérateurs.')).toBeVisible();
  const [sent] = standIn.requests({ method: 'POST', path: '/rest/v1/reports' });
  expect(sent.body).toEqual({ post_id: POST, reason: 'misinformation', details: 'Le délai annoncé est faux.' });

  standIn.on({ method: 'POST', path: '/rest/v1/reports' }, rest.error(409, '23505',
    'duplicate key value violates unique constraint "reports_once_per_post_idx"', 'Key (reporter_id, post_id)=(…) already exists.'));
  await report();
  await expect(page.getByRole('alert').getByText('Vous avez déjà signalé cette publication.')).toBeVisible();
});

test('an author sees their hidden post and comment marked as such, with comments closed', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'GET', path: '/rest/v1/feed_posts', query: { id: `eq.${POST}` } },
    listOf([feedRow(POST, { hidden: true, author_id: me.user.id, author_name: 'Amina Diallo', comment_count: 1 })]));
  standIn.on({ method: 'GET', path: '/rest/v1/posts', query: { select: 'removal_reason', id: `eq.${POST}` } }, listOf([{ removal_reason: null }]));
  standIn.on({ method: 'GET', path: '/rest/v1/comments', query: { post_id: `eq.${POST}` } }, listOf([
    commentRow('20000000-0000-4000-8000-000000000003', POST, { full_name: 'Amina Diallo', avatar_path: null, role: 'candidate' },
      { author_id: me.user.id, hidden: true, removal_reason: 'Propos injurieux', body: 'Un commentaire retiré.' }),
  ]));

  const post = new PostPage(page, POST);
  await post.goto();

  await expect(post.hiddenNotice).toContainText('Publication masquée');
  await expect(post.comments.first().getByTestId('hidden-notice')).toContainText('Motif : Propos injurieux.');
  await expect(page.getByText('Les commentaires sont fermés tant que la publication est masquée.')).toBeVisible();
  await expect(post.post.like).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'inside hidden post');
  await screenshot(page, 'inside-post-hidden');
});

test('a member publishes a post and finds it in the feed', async ({ page, signIn, standIn }) => {
  await signIn(amina());
  let published = false;
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, () => rest.rpc('inside_feed',
    published ? [feedRow(POST, { title: 'Permis d’études refusé', author_name: 'Amina Diallo', category: 'study' }), feedRow(PINNED)] : [feedRow(PINNED)]));
  standIn.on({ method: 'POST', path: '/rest/v1/posts' }, () => {
    published = true;
    return createdObject({ id: POST });
  });

  const inside = new InsidePage(page);
  await inside.goto();
  await inside.newPost.click();
  const form = page.getByTestId('post-form');
  await form.getByTestId('post-title').fill('Permis d’études refusé');
  await form.getByTestId('post-category').selectOption('study');
  await form.getByTestId('post-body').fill('Quelqu’un a-t-il déjà fait une demande de révision ?');
  await form.getByTestId('post-submit').click();

  await expect(inside.post(POST).root).toContainText('Permis d’études refusé');
  await expect(page.getByText('Publication partagée avec la communauté.')).toBeVisible();
  const [created] = standIn.requests({ method: 'POST', path: '/rest/v1/posts' });
  expect(created.body).toEqual({ title: 'Permis d’études refusé', body: 'Quelqu’un a-t-il déjà fait une demande de révision ?', category: 'study' });
});

test('an author’s name opens their page: who they are and their latest posts on the feed', async ({ page, signIn, standIn }) => {
  await signIn(amina());
  const untitled = '10000000-0000-4000-8000-0000000000cc';
  const longBody = 'Arrivé avec un permis de travail en 2023, j’ai reçu mon invitation en mars 2025 et la confirmation de ma résidence '
    + 'permanente en octobre. Voici chaque étape, avec les délais et les documents demandés.';
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, rest.rpc('inside_feed', [feedRow(POST)]));
  standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: `eq.${KARIM.id}` } }, listOf([{
    id: KARIM.id, full_name: KARIM.full_name, avatar_path: null, role: 'candidate', created_at: '2025-03-02T15:00:00.000+00:00',
    bio: 'Ingénieur en génie civil.\nArrivé à Montréal en 2025.',
  }]));
  standIn.on({ method: 'GET', path: '/rest/v1/feed_posts', query: { author_id: `eq.${KARIM.id}` } },
    listOf([feedRow(POST), feedRow(untitled, { title: null, body: longBody, like_count: 0, comment_count: 2 })]));

  const inside = new InsidePage(page);
  await inside.goto();
  await inside.post(POST).root.getByRole('link', { name: KARIM.full_name }).click();

  await expect(page).toHaveURL(`/inside/membres/${KARIM.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KARIM.full_name);
  await expect(page.getByTestId('member-bio')).toHaveText('Ingénieur en génie civil.\nArrivé à Montréal en 2025.');
  const posts = page.getByTestId('member-post');
  await expect(posts).toHaveCount(2);
  await expect(posts.first().getByRole('link', { name: 'Biométrie à Montréal' })).toHaveAttribute('href', `/inside/${POST}`);
  await expect(posts.nth(1).getByRole('link')).toHaveText(`${longBody.slice(0, 139)}…`);
  await expect(posts.nth(1)).toContainText('2 commentaires');
  const [read] = standIn.requests({ method: 'GET', path: '/rest/v1/feed_posts' });
  expect(read!.query).toMatchObject({ author_id: `eq.${KARIM.id}`, hidden: 'eq.false', order: 'created_at.desc', limit: '10' });
  await expectNoSeriousA11yViolations(page, 'member page');
  await screenshot(page, 'inside-member');
});

test('a member page that RLS does not return is not found', async ({ page, signIn, standIn }) => {
  await signIn(amina());
  const nobody = '44444444-4444-4444-8444-000000000099';
  standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: `eq.${nobody}` } }, listOf([]));
  standIn.on({ method: 'GET', path: '/rest/v1/feed_posts', query: { author_id: `eq.${nobody}` } }, listOf([]));

  await page.goto(`/inside/membres/${nobody}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('a member opens their own page from their profile, and is pointed back to write a presentation', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'GET', path: '/rest/v1/feed_posts', query: { author_id: `eq.${me.user.id}` } }, listOf([]));

  await page.goto('/profil');
  await page.getByTestId('profile-member-page').click();

  await expect(page).toHaveURL(`/inside/membres/${me.user.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amina Diallo (vous)');
  await expect(page.getByText('Aucune publication pour l’instant')).toBeVisible();
  await expect(page.getByRole('link', { name: 'La rédiger depuis votre profil' })).toHaveAttribute('href', '/profil');
});
