import type { Locator, Page } from '@playwright/test';

/** The tasks of a dossier's overview, and the form the pro gives one with. */
export class TasksCard {
  constructor(readonly page: Page) {}

  get open(): Locator {
    return this.page.getByTestId('open-tasks').getByTestId('task');
  }
  get closed(): Locator {
    return this.page.getByTestId('closed-tasks').getByTestId('task');
  }
  task(title: string): Locator {
    return this.page.getByTestId('task').filter({ hasText: title });
  }
  get title(): Locator {
    return this.page.getByTestId('task-title');
  }
  get kind(): Locator {
    return this.page.getByTestId('task-kind');
  }
  get dueOn(): Locator {
    return this.page.getByTestId('task-due-on');
  }
  get note(): Locator {
    return this.page.getByTestId('task-note');
  }
  get submit(): Locator {
    return this.page.getByTestId('task-submit');
  }
  get timeline(): Locator {
    return this.page.getByTestId('timeline-task-entry');
  }
  requested(kind: string): Locator {
    return this.page.locator(`[data-test="checklist-item"][data-kind="${kind}"]`).getByTestId('checklist-requested');
  }
}
