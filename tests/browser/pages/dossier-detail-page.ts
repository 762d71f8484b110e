import { expect, type Locator, type Page } from '@playwright/test';

type Tab = 'apercu' | 'documents' | 'messages';

/** One dossier (`/dossiers/<id>`): overview (timeline, checklist, actions), documents, chat. */
export class DossierDetailPage {
  constructor(readonly page: Page) {}

  static path(id: string, tab?: Tab): string {
    return `/dossiers/${id}${tab ? `?onglet=${tab}` : ''}`;
  }

  get root(): Locator {
    return this.page.getByTestId('dossier-detail');
  }
  get title(): Locator {
    return this.page.getByTestId('dossier-title');
  }
  get status(): Locator {
    return this.page.getByTestId('dossier-detail').getByTestId('dossier-status').first();
  }
  tab(name: Tab): Locator {
    return this.page.getByTestId(`tab-${name}`);
  }
  get unreadBadge(): Locator {
    return this.page.getByTestId('unread-badge');
  }

  // Overview
  get timeline(): Locator {
    return this.page.getByTestId('timeline-entry');
  }
  get readiness(): Locator {
    return this.page.getByTestId('readiness-percent');
  }
  get missing(): Locator {
    return this.page.getByTestId('checklist-missing');
  }
  get submit(): Locator {
    return this.page.getByTestId('dossier-submit');
  }
  get confirmSubmit(): Locator {
    return this.page.getByTestId('dossier-submit-confirm');
  }
  get reviewStatus(): Locator {
    return this.page.getByTestId('review-status');
  }
  get reviewNote(): Locator {
    return this.page.getByTestId('review-note');
  }
  get reviewSubmit(): Locator {
    return this.page.getByTestId('review-submit');
  }

  // Documents
  get documentKind(): Locator {
    return this.page.getByTestId('document-kind');
  }
  get chooseFile(): Locator {
    return this.page.getByTestId('document-upload').getByRole('button', { name: 'Choisir un fichier' });
  }
  /** The checklist slot of a required kind, on the documents tab. */
  slot(kind: string): Locator {
    return this.page.getByTestId('checklist-slot').and(this.page.locator(`[data-kind="${kind}"]`));
  }
  get consultant(): Locator {
    return this.page.getByTestId('consultant-card');
  }
  get uploadDone(): Locator {
    return this.page.getByTestId('upload-done');
  }
  get documents(): Locator {
    return this.page.getByTestId('document-item');
  }
  document(fileName: string): Locator {
    return this.documents.filter({ has: this.page.getByTestId('document-name').getByText(fileName, { exact: true }) });
  }
  get rejectReason(): Locator {
    return this.page.getByTestId('reject-reason');
  }
  get confirmReject(): Locator {
    return this.page.getByTestId('reject-confirm');
  }

  // Chat
  get chat(): Locator {
    return this.page.getByTestId('chat-panel');
  }
  get messages(): Locator {
    return this.page.getByTestId('chat-message');
  }
  message(body: string): Locator {
    return this.messages.filter({ has: this.page.getByTestId('chat-message-body').getByText(body, { exact: true }) });
  }
  get chatInput(): Locator {
    return this.page.getByTestId('chat-input');
  }
  get send(): Locator {
    return this.page.getByTestId('chat-send');
  }

  async goto(id: string, tab?: Tab): Promise<void> {
    await this.page.goto(DossierDetailPage.path(id, tab));
    await expect(this.root).toBeVisible();
  }

  /** Chooses a file for a checklist slot through its button and the system picker. */
  async uploadToSlot(kind: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.slot(kind).getByTestId('slot-choose-file').click();
    await (await chooser).setFiles(file);
  }

  /** Chooses a file through the button and the system picker (the keyboard path, not a drop). */
  async uploadWithButton(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFile.click();
    await (await chooser).setFiles(file);
  }
}
