import * as z from 'zod/mini';

export const MESSAGE_MAX_LENGTH = 4000; // messages_body_length

export const messageSchema = z.object({
  body: z.string().check(
    z.trim(),
    z.minLength(1, 'Écrivez un message.'),
    z.maxLength(MESSAGE_MAX_LENGTH, `${MESSAGE_MAX_LENGTH} caractères au maximum.`),
  ),
  /** A document of the dossier, or '' for none. */
  attachmentId: z.string(),
});

export type MessageValues = z.infer<typeof messageSchema>;

const messageRecord = z.object({
  id: z.string(),
  dossier_id: z.string(),
  sender_id: z.string(),
  body: z.string(),
  attachment_document_id: z.nullable(z.string()),
  read_at: z.nullable(z.string()),
  created_at: z.string(),
});

/**
 * What the database broadcasts on dossier:<id> for each change of a message
 * (realtime.broadcast_changes: operation, table, schema, record, old_record).
 */
export const messageChangeSchema = z.object({
  operation: z.enum(['INSERT', 'UPDATE', 'DELETE']),
  table: z.literal('messages'),
  record: z.nullish(messageRecord),
  old_record: z.nullish(z.object({ id: z.string() })),
});

export type MessageChange = z.infer<typeof messageChangeSchema>;
export type MessageRecord = z.infer<typeof messageRecord>;

/** A broadcast payload as a typed change, or null when it is not about a message. */
export function parseMessageChange(payload: unknown): MessageChange | null {
  const parsed = messageChangeSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
