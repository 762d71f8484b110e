import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Input } from './input';
import fr from '@/messages/fr.json';
import { PasswordInput } from './password-input';

describe('Input', () => {
  it('is named by its label and described by its hint and error', () => {
    render(<Input label="Adresse courriel" hint="Nous ne la partageons pas." error="Adresse courriel invalide." required />);
    const input = screen.getByRole('textbox', { name: /Adresse courriel/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-required')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Nous ne la partageons pas.', 'Adresse courriel invalide.']);
  });
});

describe('PasswordInput', () => {
  it('lets people paste (password managers) and show what they typed', async () => {
    const user = userEvent.setup();
    render(<PasswordInput label="Mot de passe" toggleLabels={fr.auth.password} />);
    const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
    expect(fireEvent.paste(input)).toBe(true); // not prevented
    await user.click(input);
    await user.paste('Montreal2026');
    expect(input.value).toBe('Montreal2026');
    expect(input.type).toBe('password');
    const toggle = screen.getByRole('button', { name: 'Afficher le mot de passe' });
    await user.click(toggle);
    expect(input.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
