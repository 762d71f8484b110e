import { expect, type Locator, type Page } from '@playwright/test';

/** The candidate's dossiers (`/dossiers`): cards with status and unread count, and the way to create one. */
export class DossierListPage {
  static readonly path = '/dossiers';
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('dossier-list-page');
  }
  get cards(): Locator {
    return this.page.getByTestId('dossier-card');
  }
  get newDossier(): Locator {
    return this.page.getByTestId('new-dossier-link').first();
  }
  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByTestId('dossier-card-title').getByText(title, { exact: true }) });
  }

  async goto(): Promise<void> {
    await this.page.goto(DossierListPage.path);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === DossierListPage.path);
    await expect(this.root).toBeVisible();
  }
}

/** The new dossier form (`/dossiers/nouveau`). */
export class NewDossierPage {
  static readonly path = '/dossiers/nouveau';
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('new-dossier-form');
  }
  get program(): Locator {
    return this.page.getByTestId('new-dossier-program');
  }
  get title(): Locator {
    return this.page.getByTestId('new-dossier-title');
  }
  get description(): Locator {
    return this.page.getByTestId('new-dossier-description');
  }
  get submit(): Locator {
    return this.page.getByTestId('new-dossier-submit');
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === NewDossierPage.path);
    await expect(this.form).toBeVisible();
  }

  async create(values: { program: string; title: string; description: string }): Promise<void> {
    await this.program.selectOption(values.program);
    await this.title.fill(values.title);
    await this.description.fill(values.description);
    await this.submit.click();
  }
}
