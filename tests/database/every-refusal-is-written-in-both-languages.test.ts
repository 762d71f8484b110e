// The catalog keeps every refusal bilingual: each `raise` of an error in our functions and triggers
// goes through private.caller_text(french, english), so a French-only sentence cannot slip in, and
// each constraint's comment holds its French and its English sentence (public.constraint_messages).
// The French follows French typography and the glossary (docs/glossary.md); the English is one the
// web app and the edge functions show as raised (isOurSentence), not one they take for Postgres's own.
// Neither carries a value as the database stores it (a status, a code, a zone's id, a locale tag):
// values are named in the sentence's language, numbers written as that language writes them.
import { describe, expect, it } from 'vitest';
import { isOurSentence } from '../../supabase/functions/_shared/contract/database-errors.ts';
import { owner } from '../support/db.ts';

type Raise = { fn: string; statement: string; french: string[]; english: string[]; operands: string[] };

// An ASCII apostrophe, a plain space before : ; ! ? » or after «, a word the glossary replaces.
const badFrench = /'|[ \u00a0][:;!?»]|«[ \u00a0]|(?<!\p{L})(professionnel|raison|événement|webinaire)/iu;

// A value as stored: a reminder's lead (7d, 24h), a locale tag, a zone's id. French also names no
// stored English word. A number of four digits or more (not part of a code such as R123456) lacks
// its thousands separator: U+202F in French, as web/messages/fr.json writes « 2 000 », a comma in English.
const rawValue = /(?<![\p{L}\d])\d+[dh](?![\p{L}\d])|\b[a-z]{2}-[A-Z]{2}\b|America\//u;
const rawFrench = /(?<!\p{L})(day|overdue|draft|submitted|pending|approved|rejected)(?!\p{L})/iu;
const bareThousands = /(?<![\p{L}\d])\d{4,}|\d[ \u00a0]\d{3}(?!\d)/u;

// What may be joined into a sentence besides its words: a value named in the caller's language by a
// *_label function, or one of these, each already the caller's words or a value the pages show as is.
const namedOperand = /^private\.\w+_label\(/;
const plainOperands = new Set([
  'to_replace', // the kinds of document to replace, named in the caller's language (change_dossier_status)
  'current_terms', // the terms' version, as the consent page shows it (« version 2026-11 »)
  'bucket.file_size_limit / 1048576', // a number of megabytes
]);

// Levels that only log: they never reach a member.
const logOnly = /^raise\s+(notice|warning|info|log|debug)\b/i;
const throughHelper = /^raise\s+exception\s+'%',\s*private\.caller_text\(/i;

/** The index of the quote that closes the SQL string literal opening at `source[start]` ('' is a quote inside it). */
function literalEnd(source: string, start: number): number {
  let end = start + 1;
  while (end < source.length && !(source[end] === "'" && source[end + 1] !== "'")) end += source[end] === "'" ? 2 : 1;
  return end;
}

/** The string literals of each top-level argument of the call that starts at `source[open]` ('('). */
function literalsByArgument(source: string, open: number): string[][] {
  const args: string[][] = [[]];
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'") {
      const end = literalEnd(source, i);
      args[args.length - 1]!.push(source.slice(i + 1, end).replaceAll("''", "'"));
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return args;
    else if (c === ',' && depth === 1) args.push([]);
  }
  throw new Error(`unclosed call in ${source.slice(open, open + 80)}`);
}

/** What the call that starts at `source[open]` joins besides string literals, operand by operand. */
function operandsOf(source: string, open: number): string[] {
  let text = '';
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'") {
      const end = literalEnd(source, i);
      text += '||';
      i = end;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) break;
    if (depth === 1 && (c === ',' || c === '(')) text += '||';
    else text += c;
  }
  return text.split('||').map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part !== '' && !/^E$/i.test(part));
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
      const operands = throughHelper.test(statement) ? operandsOf(code, call) : [];
      found.push({ fn, statement, french, english, operands });
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

  it('name values in the sentence’s language, never as the database stores them', async () => {
    const all = await raises();
    const joined = all.flatMap(({ fn, operands }) => operands
      .filter((operand) => !namedOperand.test(operand) && !plainOperands.has(operand))
      .map((operand) => `${fn}: ${operand}`));
    expect(joined).toEqual([]);
    expect(all.flatMap((r) => r.operands).filter((operand) => namedOperand.test(operand)).length).toBeGreaterThan(0);
    const raw = all.flatMap(({ fn, french, english }) => [
      ...french.filter((text) => rawValue.test(text) || rawFrench.test(text) || bareThousands.test(text)),
      ...english.filter((text) => rawValue.test(text) || bareThousands.test(text)),
    ].map((text) => `${fn}: ${text}`));
    expect(raw).toEqual([]);
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
      return more.length > 0 || !english || english === french || badFrench.test(french) || /[\u202f«»]/.test(english)
        || rawValue.test(french) || rawFrench.test(french) || bareThousands.test(french)
        || rawValue.test(english) || bareThousands.test(english);
    });
    expect(wrong.map((r) => `${r.name}: ${r.sentences}`)).toEqual([]);
  });
});
