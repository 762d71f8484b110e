import { describe, expect, it } from 'vitest';
import { postHeadline } from './headline';

describe('postHeadline', () => {
  it('is the title when the post has one', () => {
    expect(postHeadline({ title: 'Biométrie à Montréal', body: 'Où ?' })).toBe('Biométrie à Montréal');
  });

  it('puts an untitled post on one line and cuts it at 140 characters with an ellipsis', () => {
    expect(postHeadline({ title: null, body: '  Bonjour\n\ntout   le monde ' })).toBe('Bonjour tout le monde');
    const headline = postHeadline({ title: null, body: 'a'.repeat(200) });
    expect(headline).toHaveLength(140);
    expect(headline.endsWith('…')).toBe(true);
    expect(postHeadline({ title: null, body: 'b'.repeat(140) })).toBe('b'.repeat(140));
  });
});
