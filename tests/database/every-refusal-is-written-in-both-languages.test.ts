// The catalog keeps every refusal bilingual: each `raise` of an error in our functions and triggers
// goes through private.caller_text(french, english), so a French-only sentence cannot slip in, and
// each constraint's comment holds its French and its English sentence (public.constraint_messages).
// The French follows French typography and the glossary (docs/glossary.md); the English is one the
// web app and the edge functions show as raised (isOurSentence), not one they take for Postgres's own.
import { describe, expect, it } from 'vitest';
import { isOurSentence } from '../../supabase/functions/_shared/contract/database-errors.ts';
import { owner } from '../support/db.ts';

type Raise = { fn: string; statement: string; french: string[]; english: string[] };

// An ASCII apostrophe, a plain space before : ; ! ? » or after «, a word the glossary replaces.
const badFrench = /'|[ \u00a0][:;!?»]|«[ \u00a0]|(?<!\p{L})(professionnel|raison|événement|webinaire)/iu;

// Levels that only log: they never reach a member.
const logOnly = /^raise\s+(notice|warning|info|log|debug)\b/i;
const throughHelper = /^raise\s+exception\s+'%',\s*private\.caller_text\(/i;

/** The string literals of each top-level argument of the call that starts at `source[open]` ('('). */
function literalsByArgument(source: string, open: number): string[][] {
  const args: string[][] = [[]];
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'") {
      let end = i + 1;
      while (end < source.length && !(source[end] === "'" && source[end + 1] !== "'")) end += source[end] === "'" ? 2 : 1;
      args[args.length - 1]!.push(source.slice(i + 1, end).replaceAll("''", "'"));
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return args;
    else if (c === ',' && depth === 1) args.push([]);
  }
  throw new Error(`unclosed call in ${source.slice(open, open + 80)}`);
}

async function raises(): Promise<Raise[]> {
  const { rows } = await owner<{ fn: string; source: string }>(
    `select p.oid::regprocedure::text as fn, p.prosrc as source from pg_proc p
     join pg_language l on l.oid = p.prolang
     where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace) and l.lanname = 'plpgsql'`,
  );
  const found: Raise[] = [];
  for (const { fn, source } of rows) {
    const code = source.replace(/--[^\n]*/g, '');
    for (const match of code.matchAll(/\braise\b[^;]*/gi)) {
      const statement = match[0].replace(/\s+/g, ' ').trim();
      if (logOnly.test(statement) || statement === 'raise') continue;
      const call = code.indexOf('(', match.index + match[0].search(/caller_text\(/i));
      const [french = [], english = []] = throughHelper.test(statement) ? literalsByArgument(code, call) : [];
      found.push({ fn, statement, french, english });
    }
  }
  return found;
}

describe('refusals raised by our SQL', () => {
  it('all go through private.caller_text, with a French and an English sentence', async () => {
    const all = await raises();
    expect(all.length).toBeGreaterThan(60);
    const bypassing = all.filter((r) => !throughHelper.test(r.statement) || !r.french.length || !r.english.length);
    expect(bypassing.map((r) => `${r.fn}: ${r.statement}`), 'raise exception \'%\', private.caller_text(french, english)')
      .toEqual([]);
  });

  it('write French with its typography and the glossary’s words', async () => {
    const all = await raises();
    expect(all.flatMap((r) => r.french).length).toBeGreaterThan(60);
    const wrong = all.flatMap(({ fn, french }) => french
      .filter((text) => badFrench.test(text))
      .map((text) => `${fn}: ${text}`));
    expect(wrong).toEqual([]);
  });

  it('write English the web app and the edge functions show as raised', async () => {
    const hidden = (await raises()).flatMap(({ fn, english }) => {
      const sentence = english.join('…');
      return isOurSentence('42501', sentence) && !/[\u202f«»]/.test(sentence) ? [] : [`${fn}: ${sentence}`];
    });
    expect(hidden).toEqual([]);
  });

  it('and every constraint sentence comes in French then English, one line each', async () => {
    const { rows } = await owner<{ name: string; sentences: string }>(
      `select c.conname as name, d.description as sentences from pg_constraint c
       join pg_description d on d.objoid = c.oid and d.classoid = 'pg_constraint'::regclass
       where c.connamespace = 'public'::regnamespace
       union all
       select i.relname, d.description from pg_index x join pg_class i on i.oid = x.indexrelid
       join pg_description d on d.objoid = i.oid and d.classoid = 'pg_class'::regclass
       where i.relnamespace = 'public'::regnamespace and x.indisunique`,
    );
    expect(rows.length).toBeGreaterThan(90);
    const wrong = rows.filter(({ sentences }) => {
      const [french = '', english = '', ...more] = sentences.split('\n');
      return more.length > 0 || !english || english === french || badFrench.test(french) || /[\u202f«»]/.test(english);
    });
    expect(wrong.map((r) => `${r.name}: ${r.sentences}`)).toEqual([]);
  });
});
