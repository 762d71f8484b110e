import * as z from 'zod/mini';

export const MESSAGE_MAX_LENGTH = 4000; // messages_body_length

export const messageSchema = z.object({
  body: z.string().check(
    z.trim(),
    // Keys of the `chat` messages, said in the viewer's language by the composer.
    z.minLength(1, 'bodyRequired'),
    z.maxLength(MESSAGE_MAX_LENGTH, 'bodyTooLong'),
  ),
  /** A document of the dossier, or '' for none. */
  attachmentId: z.string(),
});

export type MessageValues = z.infer<typeof messageSchema>;

const messageRef = z.object({ id: z.guid() });

/**
 * What the database broadcasts on dossier:<id> for each change of a message
 * (realtime.broadcast_changes: operation, table, schema, record, old_record). Only a hint: the
 * chat keeps the id it names and reads that message back under RLS, never the payload itself.
 */
export const messageHintSchema = z.object({
  table: z.literal('messages'),
  record: z.nullish(messageRef),
  old_record: z.nullish(messageRef),
});

/** The id of the message a broadcast says changed, or null when it names none. */
export function parseMessageHint(payload: unknown): string | null {
  const parsed = messageHintSchema.safeParse(payload);
  if (!parsed.success) return null;
  return parsed.data.record?.id ?? parsed.data.old_record?.id ?? null;
}
