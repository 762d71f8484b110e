// The contract the web app and the edge functions share (supabase/functions/_shared/contract) says
// what the database says: the same enum values, the same status names as the notifications the
// triggers write, and every SQLSTATE our SQL raises with a French sentence (which the web app and
// the functions then show as raised).
import { describe, expect, it } from 'vitest';
import { ourSqlStates } from '../../supabase/functions/_shared/contract/database-errors.ts';
import {
  accountStatusLabels, documentStatusLabels, dossierStatusLabels, dossierStatusInSentence, eventStatusLabels,
  registrationStatusLabels, roleLabels, taskStatusLabels, emailKindLabels,
} from '../../supabase/functions/_shared/contract/labels.ts';
import { owner } from '../support/db.ts';

async function enumValues(type: string): Promise<string[]> {
  const { rows } = await owner<{ value: string }>(`select unnest(enum_range(null::public.${type}))::text as value`);
  return rows.map((row) => row.value);
}

describe('the shared contract', () => {
  it.each([
    ['dossier_status', dossierStatusLabels],
    ['document_status', documentStatusLabels],
    ['event_status', eventStatusLabels],
    ['registration_status', registrationStatusLabels],
    ['user_role', roleLabels],
    ['account_status', accountStatusLabels],
    ['task_status', taskStatusLabels],
    ['email_kind', emailKindLabels],
  ])('names every value of public.%s, in the database’s order, and nothing else', async (type, labels) => {
    expect(Object.keys(labels)).toEqual(await enumValues(type));
  });

  it('names dossier statuses as the notifications do (private.dossier_status_label)', async () => {
    const { rows } = await owner<{ status: string; label: string }>(
      `select s::text as status, private.dossier_status_label(s) as label
       from unnest(enum_range(null::public.dossier_status)) s`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { status, label } of rows) expect(label, status).toBe(dossierStatusInSentence(status));
  });

  it('lists exactly the SQLSTATEs our functions and triggers raise', async () => {
    // Every `raise exception` of our schemas, with its `using errcode` (P0001 when it has none).
    const { rows } = await owner<{ source: string }>(
      `select p.prosrc as source from pg_proc p
       join pg_language l on l.oid = p.prolang
       where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace) and l.lanname = 'plpgsql'`,
    );
    const raised = new Set<string>();
    for (const { source } of rows) {
      for (const statement of source.match(/raise\s+exception[^;]*;/gi) ?? []) {
        raised.add(/errcode\s*=\s*'([0-9A-Z]{5})'/i.exec(statement)?.[1] ?? 'P0001');
      }
    }
    expect(rows.length).toBeGreaterThan(0);
    expect([...raised].sort()).toEqual([...ourSqlStates].sort());
  });
});
