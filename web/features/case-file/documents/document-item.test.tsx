import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { DocumentItem } from './document-item';
import type { DossierDocument } from './queries';

const document: DossierDocument = {
  id: 'doc-1', dossier_id: 'd1', kind: 'police_certificate', file_name: 'casier.jpg', storage_path: 'd1/doc-1/casier.jpg',
  mime_type: 'image/jpeg', size_bytes: 1320400, status: 'rejected', rejection_reason: 'Le certificat date de plus de six mois.',
  reviewed_at: '2026-02-01T10:00:00Z', expires_on: null, uploaded_by: 'amina', created_at: '2026-01-20T10:00:00Z',
};

function renderItem(overrides: Partial<Parameters<typeof DocumentItem>[0]> = {}) {
  const handlers = { onDownload: vi.fn(), onDelete: vi.fn(), onApprove: vi.fn(), onReject: vi.fn() };
  render(<ul><DocumentItem document={document} kindLabel="Certificat de police" canDelete={false} canReview={false} busy={false} today="2026-11-25" {...handlers} {...overrides} /></ul>, { wrapper: WithMessages });
  return handlers;
}

describe('DocumentItem', () => {
  it('shows the kind, the file, its status in words and the rejection reason', () => {
    renderItem();
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('Certificat de police')).toBeTruthy();
    expect(within(item).getByText('Refusé')).toBeTruthy();
    expect(within(item).getByText('Le certificat date de plus de six mois.')).toBeTruthy();
    expect(item.textContent).toContain('1,3\u00A0Mo');
  });

  it('names each action after its file, so a list of documents reads clearly', async () => {
    const handlers = renderItem({ canDelete: true });
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger casier.jpg' }));
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer casier.jpg' }));
    expect(handlers.onDownload).toHaveBeenCalled();
    expect(handlers.onDelete).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /Approuver/ })).toBeNull();
  });

  it('offers « Corriger » only when the uploader may correct it', () => {
    renderItem({ document: { ...document, status: 'pending', rejection_reason: null } });
    expect(screen.queryByRole('button', { name: /Corriger/ })).toBeNull();
  });

  it('lets the uploader open the correction of a pending document', async () => {
    const onCorrect = vi.fn();
    renderItem({ document: { ...document, status: 'pending', rejection_reason: null }, onCorrect });
    await userEvent.click(screen.getByRole('button', { name: 'Corriger casier.jpg' }));
    expect(onCorrect).toHaveBeenCalled();
  });

  it('offers approve and reject to a reviewer', async () => {
    const handlers = renderItem({ document: { ...document, status: 'pending', rejection_reason: null }, canReview: true });
    await userEvent.click(screen.getByRole('button', { name: 'Approuver casier.jpg' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refuser casier.jpg' }));
    expect(handlers.onApprove).toHaveBeenCalled();
    expect(handlers.onReject).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /Supprimer/ })).toBeNull();
  });

  it('sets the decision apart from the other actions, with whose file it is and a preview', async () => {
    const onPreview = vi.fn();
    renderItem({ document: { ...document, status: 'pending', rejection_reason: null }, canReview: true, uploaderName: 'Amina Diallo', onPreview });
    expect(screen.getByTestId('document-uploader').textContent).toBe('Déposé par Amina Diallo');
    const decision = screen.getByTestId('document-decision');
    expect(within(decision).getAllByRole('button').map((b) => b.textContent)).toEqual(['Refuser casier.jpg', 'Approuver casier.jpg']);
    expect(within(decision).queryByRole('button', { name: /Télécharger|Aperçu/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Aperçu casier.jpg' }));
    expect(onPreview).toHaveBeenCalled();
  });

  it('speaks English to an English-speaking member', () => {
    render(<ul><DocumentItem document={document} kindLabel="Police certificate" canDelete={false} canReview={false} busy={false} today="2026-11-25"
      onDownload={vi.fn()} onDelete={vi.fn()} onApprove={vi.fn()} onReject={vi.fn()} /></ul>,
    { wrapper: ({ children }) => <WithMessages locale="en-CA">{children}</WithMessages> });
    expect(screen.getByRole('button', { name: 'Download casier.jpg' })).toBeTruthy();
    expect(screen.getByTestId('document-rejection').textContent).toBe('Reason for refusal: Le certificat date de plus de six mois.');
  });

  it('says an expiry in the past as past, and one from today on as to come', () => {
    const approved = { ...document, kind: 'photo', status: 'approved' as const, rejection_reason: null };
    const { unmount } = render(<ul><DocumentItem document={{ ...approved, expires_on: '2026-06-30' }} kindLabel="Photo d’identité" canDelete={false} canReview={false} busy={false} today="2026-11-25" onDownload={vi.fn()} onDelete={vi.fn()} onApprove={vi.fn()} onReject={vi.fn()} /></ul>, { wrapper: WithMessages });
    expect(screen.getByRole('listitem').textContent).toContain('expiré depuis le 30\u00a0juin 2026');
    unmount();
    render(<ul><DocumentItem document={{ ...approved, expires_on: '2026-11-25' }} kindLabel="Photo d’identité" canDelete={false} canReview={false} busy={false} today="2026-11-25" onDownload={vi.fn()} onDelete={vi.fn()} onApprove={vi.fn()} onReject={vi.fn()} /></ul>, { wrapper: ({ children }) => <WithMessages locale="en-CA">{children}</WithMessages> });
    expect(screen.getByRole('listitem').textContent).toContain('expires on');
  });
});
