import * as z from 'zod/mini';
import { CATEGORIES, REPORT_REASONS } from './labels';

// Limits of the database's check constraints (posts_title_length, posts_body_length,
// comments_body_length, reports_details_length), said before the request is sent.
export const POST_TITLE_MAX = 150;
export const POST_BODY_MAX = 10_000;
export const COMMENT_BODY_MAX = 4000;
export const REPORT_DETAILS_MAX = 1000;

// Messages are keys of `validation`: the forms say them in the page's language (useFieldError).
const trimmed = (max: number, empty: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, tooLong));

export const postSchema = z.object({
  title: z.string().check(z.trim(), z.maxLength(POST_TITLE_MAX, 'postTitleTooLong')),
  body: trimmed(POST_BODY_MAX, 'postBodyMissing', 'postBodyTooLong'),
  category: z.enum(CATEGORIES, 'categoryMissing'),
});
export type PostValues = z.infer<typeof postSchema>;

export const commentSchema = z.object({
  body: trimmed(COMMENT_BODY_MAX, 'commentMissing', 'commentTooLong'),
});
export type CommentValues = z.infer<typeof commentSchema>;

export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, 'reportReasonMissing'),
  details: z.string().check(z.trim(), z.maxLength(REPORT_DETAILS_MAX, 'reportDetailsTooLong')),
});
export type ReportValues = z.infer<typeof reportSchema>;

/** Search words: trimmed, at most 200 characters (websearch syntax: "phrase", -exclu, ou). */
export function normaliseSearch(value: string | undefined): string {
  return (value ?? '').trim().slice(0, 200);
}
