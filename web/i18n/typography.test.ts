import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[full, value] as [string, string]] : leaves(value, full);
  });
}

const french = leaves(fr as Tree);

/** The keys whose message matches `pattern`, to show where a rule is broken. */
const offending = (pattern: RegExp) => french.filter(([, message]) => pattern.test(message)).map(([key]) => key);

// French typography (Office québécois de la langue française, « Espacement avant et après les signes
// de ponctuation »): a space the line cannot break at before ; : ! ? » and after «, here U+202F.
describe('French messages keep their typography', () => {
  it('put a narrow no-break space before ; : ! ? » and after «, never a breakable one', () => {
    expect(offending(/[ \u00A0][;:!?»]|«[ \u00A0]/u)).toEqual([]);
    // The signs that take a space have one (URLs' « :// » and times' « : » aside, none appear here).
    expect(offending(/[^\u202F][;!?»]|[^\u202F]:(?!\/\/)|«[^\u202F]/u)).toEqual([]);
  });

  it('use the typographic apostrophe only', () => {
    expect(offending(/'/u)).toEqual([]);
  });

  it('keep a number with its unit (« 24 h », « 2 Mo »)', () => {
    expect(offending(/\d[ \u202F](?:h|min|Mo|Ko|j|%)(?=[\s,.;)]|$)/u)).toEqual([]);
  });

  it('say no English word or raw value the glossary replaces', () => {
    expect(offending(/\b(?:spam|replay|webinaire|événement|professionnel|raisons?|America\/)/iu)).toEqual([]);
  });

  it('checks what it claims: the rules catch the slips they exist for', () => {
    const slips = ['Suspendre ce compte ?', '« Québec »', "l'heure", 'un rappel 24 h avant'];
    const rules = [/[ \u00A0][;:!?»]|«[ \u00A0]/u, /'/u, /\d[ \u202F](?:h|min|Mo|Ko|j|%)(?=[\s,.;)]|$)/u];
    expect(slips.every((slip) => rules.some((rule) => rule.test(slip)))).toBe(true);
  });
});

describe('English messages', () => {
  it('never carry French spacing into English', () => {
    const english = leaves(en as Tree).filter(([, message]) => /[\u202F][;:!?]/u.test(message)).map(([key]) => key);
    expect(english).toEqual([]);
  });
});
