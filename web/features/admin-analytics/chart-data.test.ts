import { describe, expect, it } from 'vitest';
import { adminFormat } from '@/features/admin-common';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { type ChartWords, dossiersChart, eventsChart, usersChart, weeklyPanels } from './chart-data';
import { ANALYTICS_FIXTURE } from './fixture';
import { analyticsResponseSchema } from './schema';

const { charts } = ANALYTICS_FIXTURE;
const french: ChartWords = { text: fr.admin.analytics, labels: fr.labels, format: adminFormat('fr-CA') };
const english: ChartWords = { text: en.admin.analytics, labels: en.labels, format: adminFormat('en-CA') };

describe('analytics schema', () => {
  it('accepts what admin-analytics sends and refuses a drifted shape', () => {
    expect(analyticsResponseSchema.safeParse({ ...ANALYTICS_FIXTURE, extra: 1 }).success).toBe(true);
    expect(analyticsResponseSchema.safeParse({ ...ANALYTICS_FIXTURE, totals: { users: '48' } }).success).toBe(false);
  });
});

describe('chart data', () => {
  it('members: a stacked bar per role, totals in words, the same figures in the table', () => {
    const chart = usersChart(charts.users_by_role, french);
    expect(chart.rows.map((r) => r.valueText)).toEqual(['40 actifs · 2 suspendus', '5 actifs', '1 actif']);
    expect(chart.max).toBe(42);
    expect(chart.summary).toBe('48 membres au total, dont 2 comptes suspendus.');
    expect(chart.table.rows[0]).toEqual(['Candidats', 40, 2, 42]);
  });

  it('dossiers: every status in workflow order, and the most frequent named', () => {
    const chart = dossiersChart(charts.dossiers_by_status, french);
    expect(chart.rows.map((r) => r.label)).toEqual(['Brouillon', 'Soumis', 'En révision', 'Action requise', 'Approuvé', 'Refusé', 'Clos']);
    expect(chart.summary).toBe('6 dossiers ; le statut le plus fréquent est « Soumis » (4).');
    expect(dossiersChart({ ...charts.dossiers_by_status, slices: [] }, french).summary).toBe('Aucun dossier pour l’instant.');
  });

  it('dossiers: a tie names no « most frequent » status', () => {
    const slices = charts.dossiers_by_status.slices.map((s) => ({ ...s, value: s.key === 'submitted' || s.key === 'in_review' ? 1 : 0 }));
    expect(dossiersChart({ ...charts.dossiers_by_status, slices }, french).summary).toBe('2 dossiers\u202f; plusieurs statuts sont à égalité (1 chacun).');
    expect(dossiersChart({ ...charts.dossiers_by_status, slices }, english).summary).toBe('2 applications; several statuses are tied (1 each).');
  });

  it('events: fill against capacity, unlimited ones said so, full ones counted', () => {
    const chart = eventsChart(charts.event_fill, french);
    expect(chart.rows[0]).toMatchObject({ valueText: '50 / 50 (100 %) · 3 en attente', max: 50 });
    expect(chart.rows[1]?.valueText).toBe('12 inscrits (sans limite)');
    expect(chart.summary).toBe('2 Live, dont 1 complet.');
    expect(chart.table.rows[1]).toEqual([expect.stringMatching(/^PVT \(/), 12, 'Sans limite', 0, '—']);
  });

  it('weekly activity: one panel per metric with its total, one table row per week', () => {
    const { panels, table } = weeklyPanels(charts.weekly_activity, french);
    expect(panels.map((p) => [p.label, p.total])).toEqual([['Nouveaux membres', 4], ['Publications', 12], ['Commentaires', 4], ['J’aime', 25]]);
    expect(panels[0]?.summary).toBe('Nouveaux membres : 4 sur 2 semaines depuis la semaine du 16 nov., dont 1 la dernière semaine.');
    expect(table.columns).toEqual(['Semaine', 'Nouveaux membres', 'Publications', 'Commentaires', 'J’aime']);
    expect(table.rows).toEqual([['Sem. du 16 nov.', 3, 10, 4, 20], ['Sem. du 23 nov.', 1, 2, 0, 5]]);
  });
});

describe('chart data in English', () => {
  it('names charts, categories and weeks in the reader’s language, not the function’s French', () => {
    expect(usersChart(charts.users_by_role, english).summary).toBe('48 members in all, including 2 suspended accounts.');
    expect(usersChart(charts.users_by_role, english).table.rows[0]).toEqual(['Applicants', 40, 2, 42]);
    expect(dossiersChart(charts.dossiers_by_status, english).summary).toBe('6 applications; the most common status is “Submitted” (4).');
    const weekly = weeklyPanels(charts.weekly_activity, english);
    expect(weekly.table.columns).toEqual(['Week', 'New members', 'Posts', 'Comments', 'Likes']);
    expect(weekly.labels[0]).toMatch(/^Week of Nov\.? 16$/);
  });
});
