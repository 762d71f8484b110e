// What a user reads when the database refuses their input: our own French sentence, or the violated
// constraint's, served by public.constraint_messages. Shared by the bad-input suites.
import { expect } from 'vitest';
import { anon, attempt, type Attempt } from './db.ts';

const FRENCH = /[àâçéèêëîïôûùœ]|\b(le|la|les|du|des|une?|est|doit|ne|pas|au|trop|vide|caractères|fichier|dossier|message|titre|nom)\b/i;

/** The sentence the UI shows: our own French message, or the named constraint's (public.constraint_messages). */
export async function userFacingMessage(message: string): Promise<string> {
  const constraint = /constraint "([^"]+)"/.exec(message)?.[1];
  if (!constraint) return message;
  const found = await attempt<{ message: string }>(
    anon,
    'select message from public.constraint_messages where constraint_name = $1',
    [constraint],
  );
  expect(found.ok && found.rows.length, `constraint ${constraint} has no French message`).toBe(1);
  return found.ok ? found.rows[0].message : '';
}

/** Refused with `code` and a short French sentence the UI can show (capitalised, no Postgres jargon). */
export async function expectClearFrenchError(result: Attempt, code: string): Promise<string> {
  expect(result).toMatchObject({ ok: false, code });
  const message = await userFacingMessage(result.ok ? '' : result.message);
  expect(message, `"${message}" is not a sentence a French-speaking user can read`).toMatch(FRENCH);
  expect(message).toMatch(/^[A-ZÀ-Ý]/);
  expect(message.length).toBeLessThanOrEqual(300);
  return message;
}
