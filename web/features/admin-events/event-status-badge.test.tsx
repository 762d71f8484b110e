import { describe, expect, it } from 'vitest';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { EventStatusBadge } from './event-status-badge';

const FUTURE = '2999-01-01T00:00:00Z';

describe('EventStatusBadge', () => {
  it('colours « Programmé » as a status, not in the brand blue of the unread counters', () => {
    const { getByText } = renderWithApp(<EventStatusBadge status="scheduled" endsAt={FUTURE} />, { viewer: adminViewer });
    const badge = getByText('Programmé');
    expect(badge.className).not.toMatch(/brand-/);
    expect(badge.className).toMatch(/teal-/);
  });
});
