import assert from 'node:assert/strict';
import { attachPunctuation } from './attached-punctuation.ts';

Deno.test('joins ? ! : ; » to the word before and « to the word after, with a no-break space', () => {
  assert.equal(
    attachPunctuation('Le délai ? Deux semaines ! Note : « oui » ; merci'),
    'Le délai\u00A0? Deux semaines\u00A0! Note\u00A0: «\u00A0oui\u00A0»\u00A0; merci',
  );
});

Deno.test('leaves other spaces, line breaks and punctuation without a space alone', () => {
  assert.equal(attachPunctuation('https://exemple.ca\n? seul\nà la ligne'), 'https://exemple.ca\n? seul\nà la ligne');
  assert.equal(attachPunctuation('deux  mots'), 'deux  mots');
});
