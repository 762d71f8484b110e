import { formatDate, formatNumber, plural } from '@/features/admin-common';
import type { BarRow } from './bar-chart';
import type { DataTable } from './chart-card';
import type { AnalyticsCharts } from './schema';

// Pure shaping of the function's series into bars, summaries and tables (tested apart).

type Chart<T> = { rows: BarRow[]; max: number; summary: string; table: DataTable } & T;

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

export function usersChart(chart: AnalyticsCharts['users_by_role']): Chart<object> {
  const rows = chart.categories.map((c) => ({
    key: c.key,
    label: c.label,
    valueText: c.suspended > 0 ? `${plural(c.active, 'actif', 'actifs')} · ${plural(c.suspended, 'suspendu', 'suspendus')}` : plural(c.active, 'actif', 'actifs'),
    segments: [
      { value: c.active, label: 'Actifs', className: 'fill-brand-700' },
      { value: c.suspended, label: 'Suspendus', hatched: true },
    ],
  }));
  const total = chart.categories.reduce((sum, c) => sum + c.active + c.suspended, 0);
  const suspended = chart.categories.reduce((sum, c) => sum + c.suspended, 0);
  return {
    rows,
    max: Math.max(...chart.categories.map((c) => c.active + c.suspended), 1),
    summary: `${plural(total, 'membre', 'membres')} au total, dont ${plural(suspended, 'compte suspendu', 'comptes suspendus')}.`,
    table: {
      caption: chart.title,
      columns: ['Rôle', 'Actifs', 'Suspendus', 'Total'],
      rows: chart.categories.map((c) => [c.label, c.active, c.suspended, c.active + c.suspended]),
    },
  };
}

export function dossiersChart(chart: AnalyticsCharts['dossiers_by_status']): Chart<object> {
  const total = chart.slices.reduce((sum, s) => sum + s.value, 0);
  const top = [...chart.slices].sort((a, b) => b.value - a.value)[0];
  return {
    rows: chart.slices.map((s) => ({ key: s.key, label: s.label, valueText: formatNumber(s.value), segments: [{ value: s.value, label: s.label }] })),
    max: Math.max(...chart.slices.map((s) => s.value), 1),
    summary: total === 0 || !top
      ? 'Aucun dossier pour l’instant.'
      : `${plural(total, 'dossier', 'dossiers')} ; le statut le plus fréquent est « ${top.label} » (${formatNumber(top.value)}).`,
    table: { caption: chart.title, columns: ['Statut', 'Dossiers'], rows: chart.slices.map((s) => [s.label, s.value]) },
  };
}

export function eventsChart(chart: AnalyticsCharts['event_fill']): Chart<object> {
  const events = chart.events;
  const rows = events.map((e) => {
    const waitlist = e.waitlisted > 0 ? ` · ${formatNumber(e.waitlisted)} en attente` : '';
    const valueText = e.capacity === null
      ? `${plural(e.registered, 'inscrit', 'inscrits')} (sans limite)${waitlist}`
      : `${formatNumber(e.registered)} / ${formatNumber(e.capacity)} (${percent(e.fill_rate ?? 0)})${waitlist}`;
    return {
      key: e.event_id,
      label: `${e.title} — ${formatDate(e.starts_at)}`,
      valueText,
      max: e.capacity ?? Math.max(e.registered, 1),
      segments: [{ value: e.capacity === null ? 0 : e.registered, label: 'Inscrits' }],
    };
  });
  const full = events.filter((e) => e.capacity !== null && e.registered >= e.capacity).length;
  return {
    rows,
    max: 1,
    summary: events.length === 0
      ? 'Aucun événement programmé.'
      : `${plural(events.length, 'événement', 'événements')}, dont ${plural(full, 'complet', 'complets')}.`,
    table: {
      caption: chart.title,
      columns: ['Événement', 'Inscrits', 'Places', 'En attente', 'Remplissage'],
      rows: events.map((e) => [
        `${e.title} (${formatDate(e.starts_at)})`, e.registered, e.capacity ?? 'Sans limite', e.waitlisted,
        e.fill_rate === null ? '—' : percent(e.fill_rate),
      ]),
    },
  };
}

export type WeeklyPanel = { key: string; label: string; values: number[]; total: number; summary: string };

export function weeklyPanels(chart: AnalyticsCharts['weekly_activity']): { panels: WeeklyPanel[]; table: DataTable } {
  const first = chart.labels[0] ?? '';
  const panels = chart.series.map((s) => {
    const total = s.values.reduce((sum, v) => sum + v, 0);
    const last = s.values[s.values.length - 1] ?? 0;
    return {
      key: s.key,
      label: s.label,
      values: s.values,
      total,
      summary: `${s.label} : ${formatNumber(total)} sur ${plural(s.values.length, 'semaine', 'semaines')} depuis la ${first.toLowerCase()}, dont ${formatNumber(last)} la dernière semaine.`,
    };
  });
  return {
    panels,
    table: {
      caption: chart.title,
      columns: ['Semaine', ...chart.series.map((s) => s.label)],
      rows: chart.labels.map((label, index) => [label, ...chart.series.map((s) => s.values[index] ?? 0)]),
    },
  };
}
