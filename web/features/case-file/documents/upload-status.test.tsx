import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { UploadStatus } from './upload-status';

// French typography puts no-break spaces inside « » and before : and %.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const uploading = (percent: number) => ({ phase: 'uploading' as const, fileName: 'passeport.pdf', percent });

describe('UploadStatus', () => {
  it('shows a named progress bar and a cancel button while sending', async () => {
    const onCancel = vi.fn();
    render(<UploadStatus state={uploading(40)} onCancel={onCancel} />, { wrapper: WithMessages });
    const bar = screen.getByRole('progressbar', { name: /^Envoi de «\s+passeport\.pdf\s+»$/ }) as HTMLProgressElement;
    expect(bar.value).toBe(40);
    expect(bar.max).toBe(100);
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’envoi' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('tells screen readers the start, each quarter and the end, not every percent', () => {
    const view = render(<UploadStatus state={uploading(0)} onCancel={vi.fn()} />, { wrapper: WithMessages });
    const region = view.container.querySelector('[data-test="upload-announcement"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(plain(region.textContent)).toBe('Envoi de « passeport.pdf » commencé.');
    view.rerender(<UploadStatus state={uploading(10)} onCancel={vi.fn()} />);
    expect(plain(region.textContent)).toBe('Envoi de « passeport.pdf » commencé.');
    view.rerender(<UploadStatus state={uploading(55)} onCancel={vi.fn()} />);
    expect(plain(region.textContent)).toBe('Envoi de « passeport.pdf » : 50 %.');
    view.rerender(<UploadStatus state={{ phase: 'done', fileName: 'passeport.pdf' }} onCancel={vi.fn()} />);
    expect(plain(region.textContent)).toBe('« passeport.pdf » est envoyé : votre consultant va le vérifier.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a failure as an alert with its reason', () => {
    render(<UploadStatus state={{ phase: 'failed', fileName: 'scan.pdf', message: 'Type de fichier non accepté par le stockage.' }} onCancel={vi.fn()} />, { wrapper: WithMessages });
    expect(plain(screen.getByRole('alert').textContent)).toContain('« scan.pdf » n’a pas été envoyé');
    expect(screen.getByRole('alert').textContent).toContain('Type de fichier non accepté par le stockage.');
  });
});
