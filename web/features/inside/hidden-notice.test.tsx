import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { HiddenNotice } from './hidden-notice';

describe('HiddenNotice', () => {
  it('says a reported post is hidden while moderators decide', () => {
    render(<WithMessages><HiddenNotice what="post" /></WithMessages>);
    expect(screen.getByRole('status').textContent).toContain('Publication masquée');
    expect(screen.getByRole('status').textContent).toContain('en attendant la décision d’un modérateur');
  });

  it('gives the moderators’ reason for removed content', () => {
    render(<WithMessages><HiddenNotice what="comment" removalReason="Propos injurieux" /></WithMessages>);
    expect(screen.getByRole('status').textContent).toContain('Commentaire retiré par la modération');
    expect(screen.getByRole('status').textContent).toContain('Motif : Propos injurieux.');
  });

  it('says it in English to an English reader', () => {
    render(<WithMessages locale="en-CA"><HiddenNotice what="comment" removalReason="Insults" /></WithMessages>);
    expect(screen.getByRole('status').textContent).toContain('Comment removed by the moderators');
    expect(screen.getByRole('status').textContent).toContain('Reason: Insults.');
  });
});
