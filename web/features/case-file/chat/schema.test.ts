import { describe, expect, it } from 'vitest';
import { messageSchema } from './schema';

describe('messageSchema', () => {
  it('trims the text and refuses an empty or over-long message', () => {
    expect(messageSchema.parse({ body: '  Bonjour  ', attachmentId: '' })).toEqual({ body: 'Bonjour', attachmentId: '' });
    expect(messageSchema.safeParse({ body: ' \n ', attachmentId: '' }).error?.issues[0]?.message).toBe('bodyRequired');
    expect(messageSchema.safeParse({ body: 'x'.repeat(4001), attachmentId: '' }).error?.issues[0]?.message).toBe('bodyTooLong');
  });
});
