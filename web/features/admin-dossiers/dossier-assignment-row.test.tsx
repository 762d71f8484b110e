import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge, UnreadCounter, type DossierStatus } from '@/features/case-file';
import { adminViewer, renderWithApp, WithMessages } from '@/test/render-with-app';
import fr from '@/messages/fr.json';
import { DossierAssignmentRow } from './dossier-assignment-row';
import type { AdminDossier } from './queries';

const STATUSES: DossierStatus[] = ['draft', 'submitted', 'in_review', 'action_required', 'approved', 'rejected', 'closed'];

const dossier = (status: DossierStatus): AdminDossier => ({
  id: '44444444-4444-4444-8444-000000000001', title: 'Résidence permanente', program_type: 'express_entry', status,
  pro_id: null, updated_at: '2026-11-20T14:00:00.000Z', candidate: { full_name: 'Amina Diallo' }, pro: null,
});

/** The classes of the pill the candidate's and pro's pages show for a status. */
function sharedPillClasses(status: DossierStatus): string {
  const { unmount } = render(<WithMessages><StatusBadge status={status} /></WithMessages>);
  const classes = screen.getByTestId('dossier-status').className;
  unmount();
  return classes;
}

function counterClasses(): string {
  const { unmount } = render(<UnreadCounter>2 non lus</UnreadCounter>);
  const classes = screen.getByTestId('unread-counter').className;
  unmount();
  return classes;
}

describe('DossierAssignmentRow', () => {
  afterEach(cleanup);

  it.each(STATUSES)('shows the %s status in the same colour as every other dossier page', (status) => {
    const expected = sharedPillClasses(status);
    renderWithApp(<DossierAssignmentRow dossier={dossier(status)} pros={[]} pending={false} onAssign={() => {}} />, { viewer: adminViewer });
    const pill = within(screen.getByTestId('dossier-row')).getByTestId('dossier-status');
    expect(pill.getAttribute('data-status')).toBe(status);
    expect(pill.className).toBe(expected);
  });

  it('never gives a status the unread counters’ colour', () => {
    // The counters' hue (bg-brand-700 → bg-brand-), in any shade.
    const counterHue = counterClasses().split(' ').find((name) => name.startsWith('bg-'))!.replace(/\d+$/, '');
    for (const status of STATUSES) {
      renderWithApp(<DossierAssignmentRow dossier={dossier(status)} pros={[]} pending={false} onAssign={() => {}} />, { viewer: adminViewer });
      const pill = within(screen.getByTestId('dossier-row')).getByText(fr.labels.dossierStatus[status]);
      expect(pill.className.split(' ').filter((name) => name.startsWith(counterHue))).toEqual([]);
      cleanup();
    }
  });
});
