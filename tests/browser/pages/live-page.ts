import { expect, type Locator, type Page } from '@playwright/test';

/** Live: upcoming or past events. */
export class LivePage {
  static readonly path = '/live';
  constructor(readonly page: Page) {}

  get events(): Locator {
    return this.page.getByTestId('event-card');
  }
  event(id: string): Locator {
    return this.page.locator(`[data-test="event-card"][data-event-id="${id}"]`);
  }
  tab(period: 'upcoming' | 'past'): Locator {
    return this.page.getByTestId(`period-${period}`);
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${LivePage.path}${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible();
  }
}

/** An event's page: when, seats, registration, waitlist place, join link, calendar file. */
export class EventPage {
  constructor(readonly page: Page, readonly eventId: string) {}

  static path(eventId: string): string {
    return `/live/${eventId}`;
  }
  get root(): Locator {
    return this.page.getByTestId('event-detail');
  }
  get when(): Locator {
    return this.page.getByTestId('event-when');
  }
  get seats(): Locator {
    return this.page.getByTestId('event-seats');
  }
  get register(): Locator {
    return this.page.getByTestId('register');
  }
  get unregister(): Locator {
    return this.page.getByTestId('unregister');
  }
  get confirmUnregister(): Locator {
    return this.page.getByTestId('confirm-unregister');
  }
  get status(): Locator {
    return this.page.getByTestId('registration-status');
  }
  get waitlistPosition(): Locator {
    return this.page.getByTestId('waitlist-position');
  }
  get joinLink(): Locator {
    return this.page.getByTestId('join-link');
  }
  get calendarFile(): Locator {
    return this.page.getByTestId('calendar-file');
  }
  get replayLink(): Locator {
    return this.page.getByTestId('replay-link');
  }

  async goto(): Promise<void> {
    await this.page.goto(EventPage.path(this.eventId));
    await expect(this.root).toBeVisible();
  }
}
