import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { fill } from './admin-text';
import { ADMIN_PLACEHOLDERS } from './placeholders';

type Tree = { [key: string]: string | Tree };
const sentences = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : sentences(value)));

describe('admin sentences', () => {
  it('use only arguments the server writes out for the browser (else they would show as « undefined »)', () => {
    const used = new Set([fr, en].flatMap((messages) => sentences({ admin: messages.admin, labels: messages.labels } as unknown as Tree))
      .flatMap((sentence) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
    expect([...used].filter((name) => !(ADMIN_PLACEHOLDERS as readonly string[]).includes(name))).toEqual([]);
  });

  it('are filled in the browser, unknown placeholders left as they are', () => {
    expect(fill('{name} est maintenant {role}.', { name: 'Karim', role: 'professionnel' })).toBe('Karim est maintenant professionnel.');
    expect(fill('Page {page} sur {count}', { page: 2 })).toBe('Page 2 sur {count}');
  });
});
