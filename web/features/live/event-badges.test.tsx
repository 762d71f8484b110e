import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render-with-app';
import { PhaseBadge } from './event-badges';

describe('PhaseBadge', () => {
  it('colours « En cours » as a status, not in the brand blue of the unread counters', () => {
    renderWithApp(<PhaseBadge phase="in_progress" />);
    const badge = screen.getByText('En cours');
    expect(badge.className).not.toMatch(/brand-/);
    expect(badge.className).toMatch(/teal-/);
  });
});
