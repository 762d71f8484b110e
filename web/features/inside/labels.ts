import type { Database } from '@/lib/database.types';

// Their words are in the messages (inside.category, inside.reportReason, inside.authorRole).

export type PostCategory = Database['public']['Enums']['post_category'];
export type ReportReason = Database['public']['Enums']['report_reason'];
export type UserRole = Database['public']['Enums']['user_role'];

/** Categories of the feed, in the order the filter shows them. */
export const CATEGORIES = ['general', 'express_entry', 'quebec', 'study', 'work', 'family', 'settlement'] as const satisfies readonly PostCategory[];

export const REPORT_REASONS = ['spam', 'harassment', 'misinformation', 'off_topic', 'other'] as const satisfies readonly ReportReason[];

/** Staff authors carry their role in words so members know who answers with authority. */
export function staffRole(role: UserRole): 'pro' | 'admin' | null {
  return role === 'candidate' ? null : role;
}

export function isPostCategory(value: unknown): value is PostCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
