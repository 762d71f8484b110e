import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Tabs } from './dossier-tabs';

type Id = 'apercu' | 'documents' | 'messages';

function Sections({ initial = 'apercu' as Id }) {
  const [active, setActive] = useState<Id>(initial);
  return (
    <Tabs<Id>
      label="Sections du dossier"
      active={active}
      onChange={setActive}
      tabs={[
        { id: 'apercu', label: 'Aperçu', panel: <p>Résumé du dossier</p> },
        { id: 'documents', label: 'Documents', panel: <p>Liste des documents</p> },
        { id: 'messages', label: 'Messages', panel: <p>Conversation</p>, keepMounted: true },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('is a labelled tab list whose panels are named by their tabs', () => {
    render(<Sections />);
    expect(screen.getByRole('tablist', { name: 'Sections du dossier' })).toBeTruthy();
    const selected = screen.getByRole('tab', { selected: true });
    expect(selected.textContent).toBe('Aperçu');
    expect(screen.getByRole('tabpanel', { name: 'Aperçu' }).textContent).toBe('Résumé du dossier');
    expect(screen.queryByText('Liste des documents')).toBeNull();
  });

  it('is one tab stop; arrows, Home and End move between tabs and show them', async () => {
    const user = userEvent.setup();
    render(<Sections />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Aperçu' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Documents' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('Liste des documents');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Messages');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Aperçu');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Messages');
    // From the tab, Tab goes into the panel rather than to the other tabs.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tabpanel'));
  });

  it('keeps a panel marked keepMounted in the page (hidden) after leaving it', async () => {
    const user = userEvent.setup();
    render(<Sections initial="messages" />);
    await user.click(screen.getByRole('tab', { name: 'Documents' }));
    expect(screen.getByText('Conversation', { selector: 'p' }).closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('tells a tab that a pointer or the focus reached it, before it is chosen', async () => {
    const user = userEvent.setup();
    const intent = vi.fn();
    render(
      <Tabs<Id>
        label="Sections du dossier"
        active="apercu"
        onChange={() => {}}
        tabs={[
          { id: 'apercu', label: 'Aperçu', panel: <p>Résumé du dossier</p> },
          { id: 'documents', label: 'Documents', panel: <p>Liste des documents</p>, onIntent: intent },
        ]}
      />,
    );
    await user.hover(screen.getByRole('tab', { name: 'Documents' }));
    expect(intent).toHaveBeenCalledTimes(1);
    screen.getByRole('tab', { name: 'Documents' }).focus();
    expect(intent).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Aperçu');
  });
});
