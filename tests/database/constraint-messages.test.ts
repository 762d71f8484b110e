// Every named constraint a write can violate has a French sentence the UI can show.
import { expect, it } from 'vitest';
import { anon, attempt, owner } from '../support/db.ts';

it('every check, foreign-key and unique constraint of public has a French message readable by visitors', async () => {
  const { rows: constraints } = await owner<{ name: string }>(
    `select conname as name from pg_constraint
     where connamespace = 'public'::regnamespace and contype in ('c', 'f', 'u')
     union
     select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid
     where i.relnamespace = 'public'::regnamespace and x.indisunique and not x.indisprimary
       and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
  );
  const explained = await attempt<{ constraint_name: string; message: string }>(
    anon,
    'select constraint_name, message from public.constraint_messages',
  );
  expect(explained.ok).toBe(true);
  const messages = new Map(explained.ok ? explained.rows.map((row) => [row.constraint_name, row.message]) : []);
  const missing = constraints.map((c) => c.name).filter((name) => !messages.has(name));
  expect(missing, 'constraints without a French message').toEqual([]);
  for (const message of messages.values()) expect(message).toMatch(/^[A-ZÀ-Ý«].*[.!]$/);
});
