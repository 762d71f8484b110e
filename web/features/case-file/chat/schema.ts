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
