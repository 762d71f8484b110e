import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { MessageComposer } from './message-composer';

const attachments = [{ value: 'doc-1', label: 'passeport.pdf' }];

describe('MessageComposer', () => {
  it('sends the trimmed text with the chosen attachment, then empties the field and keeps focus there', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(async () => undefined);
    render(<MessageComposer attachments={attachments} sending={false} onSend={onSend} />, { wrapper: WithMessages });
    const field = screen.getByRole('textbox', { name: 'Votre message' });
    await user.type(field, '  Voici mon passeport.  ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Joindre un document du dossier (facultatif)' }), 'doc-1');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith({ body: 'Voici mon passeport.', attachmentId: 'doc-1' }));
    await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe(''));
    expect(document.activeElement).toBe(field);
  });

  it('sends with Ctrl+Enter; Enter alone makes a new line', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(async () => undefined);
    render(<MessageComposer attachments={[]} sending={false} onSend={onSend} />, { wrapper: WithMessages });
    const field = screen.getByRole('textbox', { name: 'Votre message' });
    await user.type(field, 'Ligne 1{Enter}Ligne 2');
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSend).toHaveBeenCalledWith({ body: 'Ligne 1\nLigne 2', attachmentId: '' }));
  });

  it('refuses an empty message with an error tied to the field, and keeps the text when sending fails', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(async () => {
      throw new Error('PT429');
    });
    render(<MessageComposer attachments={[]} sending={false} onSend={onSend} />, { wrapper: WithMessages });
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    const field = screen.getByRole('textbox', { name: 'Votre message' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.getAttribute('aria-describedby')).toContain('-error');
    expect(screen.getByText('Écrivez un message.')).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();
    await user.type(field, 'Bonjour');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() => expect(onSend).toHaveBeenCalled());
    expect((field as HTMLTextAreaElement).value).toBe('Bonjour');
  });

  it('writes its limit as a number of the reader’s language: « 4 000 » in French, “4,000” in English', async () => {
    const user = userEvent.setup();
    const view = render(<MessageComposer attachments={[]} sending={false} onSend={vi.fn()} />, { wrapper: WithMessages });
    expect(view.container.textContent).toContain('0\u00a0/ 4\u00a0000 caractères.');
    const field = screen.getByRole('textbox', { name: 'Votre message' });
    await user.click(field);
    await user.paste('x'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() => expect(view.container.textContent).toContain('4\u202f000 caractères au maximum.'));
    view.unmount();

    const english = render(<MessageComposer attachments={[]} sending={false} onSend={vi.fn()} />, { wrapper: ({ children }) => <WithMessages locale="en-CA">{children}</WithMessages> });
    expect(english.container.textContent).toContain('0 / 4,000 characters.');
  });
});
