import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HiddenNotice } from './hidden-notice';

describe('HiddenNotice', () => {
  it('says a reported post is hidden while moderators decide', () => {
    render(<HiddenNotice what="post" />);
    expect(screen.getByRole('status').textContent).toContain('Publication masquée');
    expect(screen.getByRole('status').textContent).toContain('en attendant la décision d’un modérateur');
  });

  it('gives the moderators’ reason for removed content', () => {
    render(<HiddenNotice what="comment" removalReason="Propos injurieux" />);
    expect(screen.getByRole('status').textContent).toContain('Commentaire retiré par la modération');
    expect(screen.getByRole('status').textContent).toContain('Raison : Propos injurieux.');
  });
});
