export { AnalyticsDashboard } from './analytics-dashboard';
export { analyticsKeys } from './keys';
