import type { Database } from '@/lib/database.types';
import type { OpenReport } from './queries';

export type ReportReason = Database['public']['Enums']['report_reason'];

export const REASON_LABELS: Record<ReportReason, string> = {
  spam: 'Spam',
  harassment: 'Harcèlement',
  misinformation: 'Désinformation',
  off_topic: 'Hors sujet',
  other: 'Autre',
};

/** One reported post or comment and every open report about it (decided all at once). */
export type ModerationItem = {
  key: string;
  kind: 'post' | 'comment';
  /** Any of its reports: resolve_report resolves them all from one. */
  reportId: string;
  title: string | null;
  body: string;
  authorId: string | null;
  authorName: string;
  hidden: boolean;
  firstReportedAt: string;
  reasons: ReportReason[];
  reports: { id: string; reason: ReportReason; details: string; reporterName: string; createdAt: string }[];
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
        body: target?.body ?? 'Contenu introuvable (supprimé depuis le signalement).',
        authorId: target?.author_id ?? null,
        authorName: target?.author?.full_name ?? 'Auteur inconnu',
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
      reporterName: report.reporter?.full_name ?? 'Membre', createdAt: report.created_at,
    });
  }
  return [...items.values()];
}
