import { describe, expect, it } from 'vitest';
import { attachPunctuation } from './attached-punctuation';

describe('attachPunctuation', () => {
  it('joins ? ! : ; » to the word before and « to the word after, with a no-break space', () => {
    expect(attachPunctuation('Le délai ? Deux semaines ! Note : « oui » ; merci'))
      .toBe('Le délai\u00A0? Deux semaines\u00A0! Note\u00A0: «\u00A0oui\u00A0»\u00A0; merci');
  });

  it('leaves other spaces, line breaks and punctuation without a space alone', () => {
    expect(attachPunctuation('https://exemple.ca\n? seul\nà la ligne')).toBe('https://exemple.ca\n? seul\nà la ligne');
    expect(attachPunctuation('deux  mots')).toBe('deux  mots');
  });
});
