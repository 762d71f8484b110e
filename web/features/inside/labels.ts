import type { Database } from '@/lib/database.types';

export type PostCategory = Database['public']['Enums']['post_category'];
export type ReportReason = Database['public']['Enums']['report_reason'];
export type UserRole = Database['public']['Enums']['user_role'];

/** Categories of the feed, in the order the filter shows them. */
export const CATEGORY_LABELS: Record<PostCategory, string> = {
  general: 'Général',
  express_entry: 'Entrée express',
  quebec: 'Québec',
  study: 'Études',
  work: 'Travail',
  family: 'Famille',
  settlement: 'Installation',
};

export const CATEGORIES = ['general', 'express_entry', 'quebec', 'study', 'work', 'family', 'settlement'] as const satisfies readonly PostCategory[];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spam: 'Indésirable ou publicité',
  harassment: 'Harcèlement ou propos haineux',
  misinformation: 'Information fausse ou trompeuse',
  off_topic: 'Hors sujet',
  other: 'Autre raison',
};

export const REPORT_REASONS = ['spam', 'harassment', 'misinformation', 'off_topic', 'other'] as const satisfies readonly ReportReason[];

/** Shown next to staff authors so members know who answers with authority. */
export const AUTHOR_ROLE_LABELS: Record<UserRole, string | null> = {
  candidate: null,
  pro: 'Professionnel',
  admin: 'Équipe CAPITUNE',
};

export function isPostCategory(value: unknown): value is PostCategory {
  return typeof value === 'string' && value in CATEGORY_LABELS;
}
