import { expect, type Locator, type Page } from '@playwright/test';
import { PostCard } from './inside-page.ts';

/** A post's page: the post, a hidden-content notice when moderation hid it, the comments. */
export class PostPage {
  constructor(readonly page: Page, readonly postId: string) {}

  static path(postId: string): string {
    return `/inside/${postId}`;
  }
  get root(): Locator {
    return this.page.getByTestId('post-detail');
  }
  get post(): PostCard {
    return new PostCard(this.root.getByTestId('post-card'));
  }
  get hiddenNotice(): Locator {
    return this.root.getByTestId('post-hidden');
  }
  get comments(): Locator {
    return this.page.getByTestId('comment');
  }
  get commentBody(): Locator {
    return this.page.getByTestId('comment-form').getByTestId('comment-body');
  }
  get commentSubmit(): Locator {
    return this.page.getByTestId('comment-form').getByTestId('comment-submit');
  }
  get reportDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto(PostPage.path(this.postId));
    await expect(this.root).toBeVisible();
  }

  async comment(text: string): Promise<void> {
    await this.commentBody.fill(text);
    await this.commentSubmit.click();
  }
}
