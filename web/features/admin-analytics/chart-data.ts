import { type AdminFormat, type AdminText, fill } from '@/features/admin-common';
import type { BarRow } from './bar-chart';
import type { DataTable } from './chart-card';
import type { AnalyticsCharts } from './schema';

// Pure shaping of the function's series into bars, summaries and tables (tested apart). The
// function names its charts and categories in French; the reader's language names them here by
// their keys, the function's label standing in for a key this screen does not know.

type Chart<T> = { rows: BarRow[]; max: number; summary: string; table: DataTable } & T;

export type ChartWords = { text: AdminText['admin']['analytics']; labels: AdminText['labels']; format: AdminFormat };

const named = (names: Record<string, string>, key: string, fallback: string) => names[key] ?? fallback;

/** A chart's title in the reader's language. */
export function chartTitle({ text }: ChartWords, key: keyof AnalyticsCharts, fallback: string): string {
  return named(text.titles, key, fallback);
}

const percent = ({ text }: ChartWords, rate: number) => fill(text.percent, { value: Math.round(rate * 100) });

export function usersChart(chart: AnalyticsCharts['users_by_role'], words: ChartWords): Chart<object> {
  const { text, format } = words;
  const label = (c: { key: string; label: string }) => named(text.roles, c.key, c.label);
  const rows = chart.categories.map((c) => ({
    key: c.key,
    label: label(c),
    valueText: c.suspended > 0
      ? `${format.count(c.active, text.activeCount)} · ${format.count(c.suspended, text.suspendedCount)}`
      : format.count(c.active, text.activeCount),
    segments: [
      { value: c.active, label: text.active, className: 'fill-brand-700' },
      { value: c.suspended, label: text.suspended, hatched: true },
    ],
  }));
  const total = chart.categories.reduce((sum, c) => sum + c.active + c.suspended, 0);
  const suspended = chart.categories.reduce((sum, c) => sum + c.suspended, 0);
  return {
    rows,
    max: Math.max(...chart.categories.map((c) => c.active + c.suspended), 1),
    summary: fill(text.membersTotal, { members: format.count(total, text.membersCount), suspended: format.count(suspended, text.suspendedAccounts) }),
    table: {
      caption: chartTitle(words, 'users_by_role', chart.title),
      columns: [text.role, text.active, text.suspended, text.total],
      rows: chart.categories.map((c) => [label(c), c.active, c.suspended, c.active + c.suspended]),
    },
  };
}

export function dossiersChart(chart: AnalyticsCharts['dossiers_by_status'], words: ChartWords): Chart<object> {
  const { text, labels, format } = words;
  const label = (s: { key: string; label: string }) => named(labels.dossierStatus, s.key, s.label);
  const total = chart.slices.reduce((sum, s) => sum + s.value, 0);
  const top = [...chart.slices].sort((a, b) => b.value - a.value)[0];
  return {
    rows: chart.slices.map((s) => ({ key: s.key, label: label(s), valueText: format.number(s.value), segments: [{ value: s.value, label: label(s) }] })),
    max: Math.max(...chart.slices.map((s) => s.value), 1),
    summary: total === 0 || !top
      ? text.noDossiers
      // A tie has no « most frequent » status: naming the first of them would pick one at random.
      : fill(chart.slices.filter((s) => s.value === top.value).length > 1 ? text.dossiersSummaryTied : text.dossiersSummary,
        { dossiers: format.count(total, text.dossiersCount), status: label(top), count: format.number(top.value) }),
    table: {
      caption: chartTitle(words, 'dossiers_by_status', chart.title),
      columns: [text.status, text.dossiers],
      rows: chart.slices.map((s) => [label(s), s.value]),
    },
  };
}

export function eventsChart(chart: AnalyticsCharts['event_fill'], words: ChartWords): Chart<object> {
  const { text, format } = words;
  const events = chart.events;
  const rows = events.map((e) => {
    const waiting = e.waitlisted > 0 ? fill(text.waiting, { count: format.number(e.waitlisted) }) : '';
    const valueText = e.capacity === null
      ? fill(text.unlimited, { registered: format.count(e.registered, text.registeredCount), waiting })
      : fill(text.filled, { registered: format.number(e.registered), capacity: format.number(e.capacity), rate: percent(words, e.fill_rate ?? 0), waiting });
    return {
      key: e.event_id,
      label: fill(text.eventLabel, { title: e.title, date: format.date(e.starts_at) }),
      valueText,
      max: e.capacity ?? Math.max(e.registered, 1),
      segments: [{ value: e.capacity === null ? 0 : e.registered, label: text.registered }],
    };
  });
  const full = events.filter((e) => e.capacity !== null && e.registered >= e.capacity).length;
  return {
    rows,
    max: 1,
    summary: events.length === 0
      ? text.noEvents
      : fill(text.eventsSummary, { events: format.count(events.length, text.eventsCount), full: format.count(full, text.fullCount) }),
    table: {
      caption: chartTitle(words, 'event_fill', chart.title),
      columns: [text.event, text.registered, text.seats, text.waitlisted, text.fill],
      rows: events.map((e) => [
        fill(text.eventRow, { title: e.title, date: format.date(e.starts_at) }), e.registered, e.capacity ?? text.noLimit, e.waitlisted,
        e.fill_rate === null ? '—' : percent(words, e.fill_rate),
      ]),
    },
  };
}

export type WeeklyPanel = { key: string; label: string; values: number[]; total: number; summary: string };

/** « Sem. du 16 nov. »: the week's first day (an ISO date, read as a calendar day). */
function weekLabel({ text, format }: ChartWords, week: string | undefined, fallback: string): string {
  return week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? fill(text.weekOf, { date: format.dayMonth(week) }) : fallback;
}

export function weeklyPanels(chart: AnalyticsCharts['weekly_activity'], words: ChartWords): { labels: string[]; panels: WeeklyPanel[]; table: DataTable } {
  const { text, format } = words;
  const labels = chart.labels.map((fallback, index) => weekLabel(words, chart.weeks[index], fallback));
  const first = chart.weeks[0] && /^\d{4}-\d{2}-\d{2}$/.test(chart.weeks[0]) ? format.dayMonth(chart.weeks[0]) : '';
  const series = chart.series.map((s) => ({ ...s, label: named(text.series, s.key, s.label) }));
  const panels = series.map((s) => {
    const total = s.values.reduce((sum, v) => sum + v, 0);
    const last = s.values[s.values.length - 1] ?? 0;
    return {
      key: s.key,
      label: s.label,
      values: s.values,
      total,
      summary: fill(text.weeklySummary, {
        series: s.label, total: format.number(total), weeks: format.count(s.values.length, text.weeksCount), first, last: format.number(last),
      }),
    };
  });
  return {
    labels,
    panels,
    table: {
      caption: chartTitle(words, 'weekly_activity', chart.title),
      columns: [text.week, ...series.map((s) => s.label)],
      rows: labels.map((label, index) => [label, ...series.map((s) => s.values[index] ?? 0)]),
    },
  };
}
