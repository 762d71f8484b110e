import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render-with-app';
import { NotificationItem } from './notification-item';
import type { AppNotification } from './queries';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const reviewed: AppNotification = {
  id: '77777777-7777-4777-8777-000000000003', kind: 'document_reviewed', title: 'Document approuvé : passeport.pdf', body: '',
  link: '/dossiers/55555555-5555-4555-8555-000000000001', read_at: null, created_at: '2026-11-20T14:00:00.000Z', dossier_title: 'Entrée express',
};

const item = (notification: AppNotification, locale: 'fr-CA' | 'en-CA' = 'fr-CA') => renderWithApp(
  <NotificationItem notification={notification} onMarkRead={() => undefined} marking={false} onDelete={() => undefined} deleting={false} />,
  { locale },
);

describe('NotificationItem', () => {
  it('names the dossier a notification is about, in the reader’s language', () => {
    item(reviewed);
    expect(screen.getByTestId('notification-dossier').textContent).toBe('Dossier «\u202fEntrée express\u202f»');
  });

  it('says it in English to an English reader', () => {
    item({ ...reviewed, title: 'Document approved: passeport.pdf' }, 'en-CA');
    expect(screen.getByTestId('notification-dossier').textContent).toBe('Application “Entrée express”');
  });

  it('names it once when the title already does, and not at all when it is about no dossier', () => {
    const { unmount } = item({ ...reviewed, kind: 'dossier_status_changed', title: 'Dossier « Entrée express » : soumis' });
    expect(screen.queryByTestId('notification-dossier')).toBeNull();
    unmount();
    item({ ...reviewed, kind: 'post_reply', title: 'Karim Haddad a répondu à votre publication', dossier_title: null });
    expect(screen.queryByTestId('notification-dossier')).toBeNull();
  });
});
