import * as z from 'zod/mini';
import { CATEGORIES, REPORT_REASONS } from './labels';

// Limits of the database's check constraints (posts_title_length, posts_body_length,
// comments_body_length, reports_details_length), said before the request is sent.
export const POST_TITLE_MAX = 150;
export const POST_BODY_MAX = 10_000;
export const COMMENT_BODY_MAX = 4000;
export const REPORT_DETAILS_MAX = 1000;

const trimmed = (max: number, empty: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, `${max.toLocaleString('fr-CA')} caractères au maximum.`));

export const postSchema = z.object({
  title: z.string().check(z.trim(), z.maxLength(POST_TITLE_MAX, `${POST_TITLE_MAX} caractères au maximum.`)),
  body: trimmed(POST_BODY_MAX, 'Écrivez votre publication.'),
  category: z.enum(CATEGORIES, 'Choisissez une catégorie.'),
});
export type PostValues = z.infer<typeof postSchema>;

export const commentSchema = z.object({
  body: trimmed(COMMENT_BODY_MAX, 'Écrivez votre commentaire.'),
});
export type CommentValues = z.infer<typeof commentSchema>;

export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, 'Choisissez une raison.'),
  details: z.string().check(z.trim(), z.maxLength(REPORT_DETAILS_MAX, `${REPORT_DETAILS_MAX} caractères au maximum.`)),
});
export type ReportValues = z.infer<typeof reportSchema>;

/** Search words: trimmed, at most 200 characters (websearch syntax: "phrase", -exclu, ou). */
export function normaliseSearch(value: string | undefined): string {
  return (value ?? '').trim().slice(0, 200);
}
