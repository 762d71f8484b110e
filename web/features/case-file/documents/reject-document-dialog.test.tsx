import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render-with-app';
import { RejectDocumentDialog } from './reject-document-dialog';

/** As the document list uses it: one dialog for every document, closed once a refusal is sent. */
function Refusals({ sent }: { sent: string[] }) {
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setFileName('passeport.pdf')}>Refuser passeport.pdf</button>
      <button type="button" onClick={() => setFileName('photo.jpg')}>Refuser photo.jpg</button>
      <RejectDocumentDialog fileName={fileName} pending={false} onClose={() => setFileName(null)}
        onReject={(reason) => { sent.push(`${fileName}: ${reason}`); setFileName(null); }} />
    </>
  );
}

const reasonField = () => screen.getByRole('textbox', { name: 'Motif du refus' });
const REQUIRED = 'Expliquez au candidat pourquoi le document est refusé.';

describe('RejectDocumentDialog', () => {
  it('opens empty for the next document once a refusal was sent for another', async () => {
    const user = userEvent.setup();
    const sent: string[] = [];
    renderWithApp(<Refusals sent={sent} />);
    await user.click(screen.getByRole('button', { name: 'Refuser passeport.pdf' }));
    await user.type(reasonField(), 'Page illisible');
    await user.click(screen.getByRole('button', { name: 'Refuser le document' }));
    expect(sent).toEqual(['passeport.pdf: Page illisible']);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Refuser photo.jpg' }));
    expect(reasonField()).toHaveProperty('value', '');
    expect(screen.getByText('0 / 1 000 caractères.')).toBeTruthy();
  });

  it('opens without an error shown, and starts clean again after a refused attempt', async () => {
    const user = userEvent.setup();
    renderWithApp(<Refusals sent={[]} />);
    await user.click(screen.getByRole('button', { name: 'Refuser passeport.pdf' }));
    expect(document.activeElement).toBe(reasonField());
    await user.tab();
    expect(reasonField().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(REQUIRED)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Refuser le document' }));
    expect(reasonField().getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Refuser photo.jpg' }));
    expect(reasonField().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(REQUIRED)).toBeNull();
  });
});
