import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { shownErrors } from '@/test/shown-errors';
import { MuteDialog, RemoveDialog } from './moderation-dialogs';
import type { ModerationItem } from './queue';

const item = {
  key: 'post:1', kind: 'post', reportId: '99999999-9999-4999-8999-000000000001', title: 'Visa garanti', body: 'Écrivez-moi.',
  authorId: '11111111-1111-4111-8111-000000000009', authorName: 'Marc Roy', hidden: true, firstReportedAt: '2026-11-24T10:00:00.000Z',
} as ModerationItem;

function Opener({ Dialog }: { Dialog: ComponentType<{ item: ModerationItem | null; onClose: () => void }> }) {
  const [open, setOpen] = useState<ModerationItem | null>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(item)}>Ouvrir</button>
      <Dialog item={open} onClose={() => setOpen(null)} />
    </>
  );
}

describe('moderation dialogs with a required field', () => {
  it.each([
    ['remove', RemoveDialog, 'Retirer le contenu'],
    ['mute', MuteDialog, 'Mettre en sourdine'],
  ] as const)('the %s dialog opens without an error, shows one only once confirmed empty, and opens clean again', async (_name, Dialog, confirm) => {
    const user = userEvent.setup();
    renderWithApp(<Opener Dialog={Dialog} />, { viewer: adminViewer });
    await user.click(screen.getByRole('button', { name: 'Ouvrir' }));
    await user.tab();
    await user.tab();
    expect(shownErrors()).toEqual([]);

    await user.click(screen.getByRole('button', { name: confirm }));
    expect(shownErrors()).not.toEqual([]);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Ouvrir' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(shownErrors()).toEqual([]);
  });
});
