import { expect, type Locator, type Page } from '@playwright/test';

/** Inside: the feed (or search results), the search form, category links, new post. */
export class InsidePage {
  static readonly path = '/inside';
  constructor(readonly page: Page) {}

  get feed(): Locator {
    return this.page.getByTestId('inside-feed');
  }
  get posts(): Locator {
    return this.page.getByTestId('post-card');
  }
  post(id: string): PostCard {
    return new PostCard(this.page.locator(`[data-test="post-card"][data-post-id="${id}"]`));
  }
  get searchInput(): Locator {
    return this.page.getByTestId('search-input');
  }
  get searchSubmit(): Locator {
    return this.page.getByTestId('search-submit');
  }
  get searchSummary(): Locator {
    return this.page.getByTestId('search-summary');
  }
  get searchResults(): Locator {
    return this.page.getByTestId('search-results');
  }
  get loadMore(): Locator {
    return this.page.getByTestId('load-more');
  }
  get newPost(): Locator {
    return this.page.getByTestId('new-post');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${InsidePage.path}${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inside' })).toBeVisible();
  }

  async search(words: string): Promise<void> {
    await this.searchInput.fill(words);
    await this.searchSubmit.click();
  }
}

/** One post as a card (feed, search, post page). */
export class PostCard {
  constructor(readonly root: Locator) {}

  get like(): Locator {
    return this.root.getByTestId('post-like');
  }
  get likeCount(): Locator {
    return this.root.getByTestId('post-like-count');
  }
  get report(): Locator {
    return this.root.getByTestId('post-report');
  }
  get body(): Locator {
    return this.root.getByTestId('post-body-text');
  }
}
