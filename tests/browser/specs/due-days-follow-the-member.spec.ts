// Due days are counted in the member's zone (accounts.time_zone), as the reminder job counts them, not
// in Toronto's nor in the device's. On the pinned clock (Wednesday 25 November 2026, 14:00 UTC) it is
// already Thursday 26 at 03:00 in Auckland: a task due on the 25th is overdue there, due today in Toronto.
import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { DOSSIER_ID, dossierRow, serveDossierPage, type TaskRow } from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { serveDashboard } from '../support/community-data.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';

failOnPageErrors(test);

function dueYesterdayInAuckland(assigneeId: string): TaskRow {
  return {
    id: '66666666-6666-4666-8666-0000000000a1', dossier_id: DOSSIER_ID, assignee_id: assigneeId, title: 'Signer le mandat',
    note: '', due_on: '2026-11-25', document_kind: null, document_id: null, status: 'open', reason: null,
    created_at: '2026-11-20T14:00:00.000+00:00', kind: null,
  };
}

test('a member in Auckland, on a device still set to Toronto, sees a task due on the 25th as overdue on the 26th', async ({ page, standIn, signIn }) => {
  const member = amina();
  member.account = { ...member.account, time_zone: 'Pacific/Auckland' };
  await signIn(member);
  const task = dueYesterdayInAuckland(member.user.id);

  // The home page, rendered on the server.
  serveDashboard(standIn, member, { tasks: [{ ...task, dossier: { title: 'Résidence permanente – Entrée express' } }] });
  const home = new DashboardPage(page);
  await home.goto();
  const homeDue = page.getByTestId('dashboard-task').getByTestId('task-due');
  await expect(homeDue).toHaveAttribute('data-due-state', 'overdue');
  await expect(homeDue).toHaveText('Échéance : 25 novembre 2026En retard');

  // The dossier's task card, rendered in the browser.
  serveDossierPage(standIn, { dossier: dossierRow(member, sophie()), viewer: member, tasks: [task] });
  await new DossierDetailPage(page).goto(DOSSIER_ID);
  await expect(page.getByTestId('task').getByTestId('task-due')).toHaveAttribute('data-due-state', 'overdue');
});
