// Attempts whose effects must reach no other test file: one statement in a transaction that is
// always rolled back, as an API caller or as the owner role (postgres) itself.
import pg from 'pg';
import { type Actor, type Attempt, claimsFor, inTransaction, roleOf } from './db.ts';

/** An SQL error as an attempt's outcome; anything else is thrown again. */
export function caught(error: unknown): Attempt {
  if (error instanceof pg.DatabaseError) return { ok: false, code: error.code ?? '', message: error.message };
  throw error;
}

/** One statement as `actor` (or as the owner with `'owner'`) in a transaction that is always rolled back. */
export async function probe(actor: Actor | 'owner', sql: string, params: unknown[] = []): Promise<Attempt> {
  const settings: [string, string][] =
    actor === 'owner'
      ? [['search_path', 'public, extensions']]
      : [['role', roleOf(actor)], ['request.jwt.claims', JSON.stringify(await claimsFor(actor))]];
  try {
    const result = await inTransaction(settings, (q) => q.query(sql, params), { rollback: true });
    return { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 };
  } catch (error) {
    return caught(error);
  }
}
