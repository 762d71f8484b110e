import type { Locator, Page } from '@playwright/test';
import { AdminPage } from './admin-page.ts';

/** /admin/evenements: the list of events. */
export class AdminEventsPage extends AdminPage {
  static readonly path = '/admin/evenements';
  constructor(page: Page) {
    super(page, AdminEventsPage.path);
  }

  get rows(): Locator {
    return this.page.getByTestId('event-row');
  }
  get newEvent(): Locator {
    return this.page.getByTestId('events-new');
  }
}

/** /admin/evenements/nouveau and the edit form of an event: the same fields. */
export class AdminEventFormPage extends AdminPage {
  static readonly newPath = '/admin/evenements/nouveau';
  constructor(page: Page, path = AdminEventFormPage.newPath) {
    super(page, path);
  }

  field(name: 'title' | 'description' | 'starts-at' | 'ends-at' | 'capacity' | 'join-url' | 'replay-url'): Locator {
    return this.page.getByTestId(`event-${name}`);
  }
  get submit(): Locator {
    return this.page.getByTestId('event-submit');
  }
}

/** /admin/evenements/<id>: edit, attendees with CSV export, cancellation. */
export class AdminEventPage extends AdminEventFormPage {
  static pathOf(id: string): string {
    return `/admin/evenements/${id}`;
  }
  constructor(page: Page, id: string) {
    super(page, AdminEventPage.pathOf(id));
  }

  get attendees(): Locator {
    return this.page.getByTestId('attendee-row');
  }
  get exportCsv(): Locator {
    return this.page.getByTestId('attendees-export');
  }
  get cancel(): Locator {
    return this.page.getByTestId('event-cancel');
  }
  get cancelDialog() {
    return { ...this.dialog('cancel-event-dialog'), reason: this.page.getByTestId('cancel-reason') };
  }
}
