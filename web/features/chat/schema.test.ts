import { describe, expect, it } from 'vitest';
import { messageSchema, parseMessageChange } from './schema';

const record = {
  id: 'm1', dossier_id: 'd1', sender_id: 'u1', body: 'Bonjour', attachment_document_id: null, read_at: null,
  created_at: '2026-03-01T10:00:00+00:00',
};

describe('messageSchema', () => {
  it('trims the text and refuses an empty or over-long message', () => {
    expect(messageSchema.parse({ body: '  Bonjour  ', attachmentId: '' })).toEqual({ body: 'Bonjour', attachmentId: '' });
    expect(messageSchema.safeParse({ body: ' \n ', attachmentId: '' }).error?.issues[0]?.message).toBe('Écrivez un message.');
    expect(messageSchema.safeParse({ body: 'x'.repeat(4001), attachmentId: '' }).error?.issues[0]?.message).toBe('4000 caractères au maximum.');
  });
});

describe('parseMessageChange (what realtime.broadcast_changes sends on dossier:<id>)', () => {
  it('reads inserts, updates and deletes of messages', () => {
    const id = 'broadcast-1'; // realtime.send adds the message id to the payload
    expect(parseMessageChange({ id, operation: 'INSERT', table: 'messages', schema: 'public', record, old_record: null })).toEqual({
      operation: 'INSERT', table: 'messages', record, old_record: null,
    });
    expect(parseMessageChange({ operation: 'DELETE', table: 'messages', schema: 'public', record: null, old_record: { ...record } })?.old_record).toEqual({ id: 'm1' });
  });

  it('ignores anything else on the channel', () => {
    expect(parseMessageChange({ operation: 'INSERT', table: 'documents', record })).toBeNull();
    expect(parseMessageChange({ operation: 'TRUNCATE', table: 'messages' })).toBeNull();
    expect(parseMessageChange({ operation: 'INSERT', table: 'messages', record: { id: 'm1' } })).toBeNull();
    expect(parseMessageChange('hello')).toBeNull();
  });
});
