import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button';

describe('Button', () => {
  it('is a plain button by default, so it never submits a form by accident', () => {
    render(<Button>Annuler</Button>);
    expect(screen.getByRole('button', { name: 'Annuler' }).getAttribute('type')).toBe('button');
  });

  it('runs its action from the keyboard', async () => {
    const onClick = vi.fn();
    const user = userEvent.setup();
    render(<Button onClick={onClick}>Enregistrer</Button>);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Enregistrer' }));
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('while loading: busy, disabled, and the action cannot run twice', async () => {
    const onClick = vi.fn();
    render(<Button loading onClick={onClick}>Envoyer</Button>);
    const button = screen.getByRole('button', { name: 'Envoyer' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('keeps a visible focus style and a target of at least 24px', () => {
    render(<Button size="sm">Petit</Button>);
    const className = screen.getByRole('button').className;
    expect(className).toContain('focus-visible:outline-2');
    expect(className).toContain('min-h-9'); // 36px
  });
});
