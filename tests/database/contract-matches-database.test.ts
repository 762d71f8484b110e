// The contract the web app and the edge functions share (supabase/functions/_shared/contract) says
// what the database says: the same enum values, the same status names as the notifications the
// triggers write, and every SQLSTATE our SQL raises with a French sentence (which the web app and
// the functions then show as raised).
import { describe, expect, it } from 'vitest';
import { ourSqlStates } from '../../supabase/functions/_shared/contract/database-errors.ts';
import { documentKindLabelsEn, dossierStatusInSentenceEn } from '../../supabase/functions/_shared/contract/labels-en.ts';
import { timeZoneName, timeZoneNames } from '../support/time-zone-names.ts';
import {
  accountStatusLabels, documentStatusLabels, dossierStatusLabels, dossierStatusInSentence, eventStatusLabels,
  registrationStatusLabels, roleLabels, taskStatusLabels, emailKindLabels,
} from '../../supabase/functions/_shared/contract/labels.ts';
import { zoneName } from '../../web/lib/format.ts';
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

  it('names every kind of document in English as the database does (document_kinds.label_en), and no other kind', async () => {
    const { rows } = await owner<{ code: string; label_en: string }>('select code, label_en from public.document_kinds order by code');
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(documentKindLabelsEn).sort()).toEqual(rows.map((row) => row.code));
    for (const { code, label_en: label } of rows) expect(label, code).toBe(documentKindLabelsEn[code]);
  });

  it('names dossier statuses in English as the English notifications do', async () => {
    const { rows } = await owner<{ status: string; label: string }>(
      `select s::text as status, private.dossier_status_label(s, true) as label
       from unnest(enum_range(null::public.dossier_status)) s`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { status, label } of rows) expect(label, status).toBe(dossierStatusInSentenceEn(status));
  });

  it('names every zone as the emails do (private.time_zone_name), in winter and in summer, in both languages', async () => {
    // The zones both PostgreSQL and ICU know; ICU's tzdata and PostgreSQL's may differ on a rare zone's
    // history, never on these two instants of 2026.
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    const { rows } = await owner<{ zone: string; at: Date; fr: string; en: string }>(
      `select z.name as zone, t.at, private.time_zone_name(z.name, false, t.at) as fr,
              private.time_zone_name(z.name, true, t.at) as en
       from pg_catalog.pg_timezone_names z
       cross join (values (timestamptz '2026-01-15 12:00Z'), (timestamptz '2026-07-15 12:00Z')) t(at)
       where z.name = any($1::text[])`,
      [[...known]],
    );
    expect(rows.length).toBeGreaterThan(500);
    const differ = rows.filter((r) => r.fr !== timeZoneName(r.zone, 'fr', r.at) || r.en !== timeZoneName(r.zone, 'en', r.at));
    expect(differ.map((r) => `${r.zone} ${r.at.toISOString()}: ${r.fr} / ${r.en}`)).toEqual([]);
    // Every named zone is one a member can hold (PostgreSQL knows it) or pick (the browser offers it).
    const { rows: pg } = await owner<{ name: string }>(
      'select name from pg_catalog.pg_timezone_names where name = any($1::text[])', [Object.keys(timeZoneNames)],
    );
    const held = new Set(pg.map((r) => r.name));
    expect(Object.keys(timeZoneNames).filter((zone) => !held.has(zone) && !known.has(zone))).toEqual([]);
    expect(timeZoneNames['America/Toronto']).toEqual({ fr: 'heure de l’Est', en: 'Eastern Time' });
  });

  it('names every listed zone as the web app does (Intl’s generic name), in winter and in summer, in both languages', async () => {
    // Node's ICU is the web server's; Debian's Chromium gave the same names for every listed zone.
    const zones = Object.keys(timeZoneNames);
    const { rows } = await owner<{ zone: string; at: Date; fr: string; en: string }>(
      `select z.zone, t.at, private.time_zone_name(z.zone, false, t.at) as fr, private.time_zone_name(z.zone, true, t.at) as en
       from unnest($1::text[]) z(zone)
       cross join (values (timestamptz '2026-01-15 12:00Z'), (timestamptz '2026-07-15 12:00Z')) t(at)`,
      [zones],
    );
    expect(rows).toHaveLength(zones.length * 2);
    const differ = rows.filter((r) => r.fr !== zoneName(r.zone, 'fr-CA', r.at) || r.en !== zoneName(r.zone, 'en-CA', r.at));
    expect(differ.map((r) => `${r.zone} ${r.at.toISOString()}: ${r.fr} / ${r.en}`)).toEqual([]);
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
