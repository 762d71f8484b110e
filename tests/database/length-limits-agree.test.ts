// A form refuses a text that is too long before the database does, and both say the limit in words.
// Each limit lives in three places: the form's constant, the check constraint, and the sentences
// (the form's message in both languages, the constraint's comment in both). They must say one number,
// written as each language writes it: « 10 000 » (no-break thin space) and "10,000".
import { describe, expect, it } from 'vitest';
import en from '../../web/messages/en.json' with { type: 'json' };
import fr from '../../web/messages/fr.json' with { type: 'json' };
import { FULL_NAME_MAX_LENGTH } from '../../web/features/auth/schema.ts';
import { MESSAGE_MAX_LENGTH } from '../../web/features/case-file/chat/schema.ts';
import { DESCRIPTION_MAX_LENGTH, NOTE_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../web/features/case-file/dossier/labels.ts';
import { REASON_MAX_LENGTH } from '../../web/features/case-file/documents/schema.ts';
import { TASK_NOTE_MAX_LENGTH, TASK_TITLE_MAX_LENGTH } from '../../web/features/case-file/tasks/labels.ts';
import { COMMENT_BODY_MAX, POST_BODY_MAX, POST_TITLE_MAX, REPORT_DETAILS_MAX } from '../../web/features/inside/schema.ts';
import { BIO_MAX_LENGTH } from '../../web/features/profile/rules.ts';
import { owner } from '../support/db.ts';

const LIMITS = [
  { constraint: 'profiles_full_name_length', form: FULL_NAME_MAX_LENGTH, message: 'auth.validation.fullNameTooLong' },
  { constraint: 'profiles_bio_length', form: BIO_MAX_LENGTH, message: 'validation.bioTooLong' },
  { constraint: 'dossiers_title_length', form: TITLE_MAX_LENGTH, message: 'validation.dossierTitleTooLong' },
  { constraint: 'dossiers_description_length', form: DESCRIPTION_MAX_LENGTH, message: 'validation.descriptionTooLong' },
  { constraint: 'dossier_status_history_note_length', form: NOTE_MAX_LENGTH, message: 'validation.noteTooLong' },
  { constraint: 'documents_rejection_reason_length', form: REASON_MAX_LENGTH, message: 'documents.reasonTooLong' },
  { constraint: 'messages_body_length', form: MESSAGE_MAX_LENGTH, message: 'chat.bodyTooLong' },
  { constraint: 'tasks_title_length', form: TASK_TITLE_MAX_LENGTH, message: 'validation.taskTitleTooLong' },
  { constraint: 'tasks_note_length', form: TASK_NOTE_MAX_LENGTH, message: 'validation.taskNoteTooLong' },
  { constraint: 'posts_title_length', form: POST_TITLE_MAX, message: 'validation.postTitleTooLong' },
  { constraint: 'posts_body_length', form: POST_BODY_MAX, message: 'validation.postBodyTooLong' },
  { constraint: 'comments_body_length', form: COMMENT_BODY_MAX, message: 'validation.commentTooLong' },
  { constraint: 'reports_details_length', form: REPORT_DETAILS_MAX, message: 'validation.reportDetailsTooLong' },
];

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);
const french = (n: number) => grouped(n, '\u202f');
const english = (n: number) => grouped(n, ',');

function messageAt(messages: object, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof found !== 'string') throw new Error(`no message ${key}`);
  return found;
}

/** The numbers a sentence states, each as written (digits with their group separators). */
const numbersIn = (sentence: string) => sentence.match(/\d[\d\u202f,]*\d|\d/g) ?? [];

describe.each(LIMITS)('$constraint', ({ constraint, form, message }) => {
  it('the database, the form and every sentence name one limit, written as each language writes numbers', async () => {
    const { rows } = await owner<{ definition: string; comment: string }>(
      `select pg_get_constraintdef(c.oid) as definition, obj_description(c.oid, 'pg_constraint') as comment
       from pg_constraint c where c.conname = $1 and c.connamespace = 'public'::regnamespace`,
      [constraint],
    );
    expect(rows, constraint).toHaveLength(1);
    const [{ definition, comment }] = rows;
    const bound = Number(/(?:<=|BETWEEN \d+ AND) (\d+)\)/.exec(definition)?.[1]);
    expect(bound, definition).toBeGreaterThan(0);
    expect(form).toBe(bound);

    const [frenchComment, englishComment] = comment.split('\n');
    expect(numbersIn(messageAt(fr, message))).toContain(french(bound));
    expect(numbersIn(frenchComment)).toContain(french(bound));
    expect(numbersIn(messageAt(en, message))).toContain(english(bound));
    expect(numbersIn(englishComment)).toContain(english(bound));
  });
});
