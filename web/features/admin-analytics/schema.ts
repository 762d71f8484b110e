// The admin-analytics function's answer lives in the contract this dashboard shares with it
// (supabase/functions/_shared/contract/admin-analytics.ts).
export {
  type AnalyticsCharts, analyticsResponseSchema, type AnalyticsResponse, type AnalyticsTotals,
} from '@contract/admin-analytics';
