import type { Database } from '@/lib/database.types';
import type { OpenReport } from './queries';

export type ReportReason = Database['public']['Enums']['report_reason'];

/** One reported post or comment and every open report about it (decided all at once). */
export type ModerationItem = {
  key: string;
  kind: 'post' | 'comment';
  /** Any of its reports: resolve_report resolves them all from one. */
  reportId: string;
  title: string | null;
  /** Null when the content was deleted since it was reported. */
  body: string | null;
  authorId: string | null;
  /** Null when unknown (the author's account is gone). */
  authorName: string | null;
  hidden: boolean;
  firstReportedAt: string;
  reasons: ReportReason[];
  reports: { id: string; reason: ReportReason; details: string; reporterName: string | null; createdAt: string }[];
};

/** Groups open reports by what they target, in the order the first report arrived. */
export function groupReports(reports: readonly OpenReport[]): ModerationItem[] {
  const items = new Map<string, ModerationItem>();
  for (const report of reports) {
    const kind = report.post_id ? 'post' : 'comment';
    const key = `${kind}:${report.post_id ?? report.comment_id}`;
    let item = items.get(key);
    if (!item) {
      const target = kind === 'post' ? report.post : report.comment;
      item = {
        key,
        kind,
        reportId: report.id,
        title: report.post?.title ?? null,
        body: target?.body ?? null,
        authorId: target?.author_id ?? null,
        authorName: target?.author?.full_name ?? null,
        hidden: target?.hidden ?? false,
        firstReportedAt: report.created_at,
        reasons: [],
        reports: [],
      };
      items.set(key, item);
    }
    if (!item.reasons.includes(report.reason)) item.reasons.push(report.reason);
    item.reports.push({
      id: report.id, reason: report.reason, details: report.details,
      reporterName: report.reporter?.full_name ?? null, createdAt: report.created_at,
    });
  }
  return [...items.values()];
}
