// What the admin-analytics function answers: the raw admin_analytics() document, chart series
// with French labels, and headline totals. The function types its answer with this schema; the
// admin dashboard checks each answer against it.
import * as z from 'zod/mini';

const count = z.number();

const weeklyActivity = z.object({
  title: z.string(),
  weeks: z.array(z.string()),
  labels: z.array(z.string()),
  series: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(count) })),
});

const usersByRole = z.object({
  title: z.string(),
  categories: z.array(z.object({ key: z.string(), label: z.string(), active: count, suspended: count })),
});

const dossiersByStatus = z.object({
  title: z.string(),
  slices: z.array(z.object({ key: z.string(), label: z.string(), value: count })),
});

const eventFill = z.object({
  title: z.string(),
  events: z.array(z.object({
    event_id: z.string(),
    title: z.string(),
    starts_at: z.string(),
    capacity: z.nullable(count),
    registered: count,
    waitlisted: count,
    fill_rate: z.nullable(z.number()),
  })),
});

export const analyticsResponseSchema = z.object({
  analytics: z.object({ generated_at: z.string() }),
  charts: z.object({
    weekly_activity: weeklyActivity,
    users_by_role: usersByRole,
    dossiers_by_status: dossiersByStatus,
    event_fill: eventFill,
  }),
  totals: z.object({
    users: count,
    suspended_users: count,
    active_last_7_days: count,
    active_last_30_days: count,
    dossiers: count,
    documents_awaiting_review: count,
    median_days_to_decision: z.nullable(z.number()),
  }),
});

export type AnalyticsResponse = z.infer<typeof analyticsResponseSchema>;
export type AnalyticsCharts = AnalyticsResponse['charts'];
export type AnalyticsTotals = AnalyticsResponse['totals'];
