import { describe, expect, it } from 'vitest';
import { parseMessageHint } from './message-hint';

const record = {
  id: 'a1000000-0000-4000-8000-000000000001', dossier_id: 'd1', sender_id: 'u1', body: 'Bonjour', attachment_document_id: null, read_at: null,
  created_at: '2026-03-01T10:00:00+00:00',
};

describe('parseMessageHint (what realtime.broadcast_changes sends on dossier:<id>)', () => {
  it('keeps only the id of the message an insert, update or delete names', () => {
    expect(parseMessageHint({ id: 'a-broadcast', operation: 'INSERT', table: 'messages', schema: 'public', record, old_record: null })).toBe(record.id);
    expect(parseMessageHint({ operation: 'UPDATE', table: 'messages', schema: 'public', record, old_record: record })).toBe(record.id);
    expect(parseMessageHint({ operation: 'DELETE', table: 'messages', schema: 'public', record: null, old_record: record })).toBe(record.id);
  });

  it('names nothing for anything else on the channel', () => {
    expect(parseMessageHint({ operation: 'INSERT', table: 'documents', record })).toBeNull();
    expect(parseMessageHint({ operation: 'INSERT', table: 'messages', record: null, old_record: null })).toBeNull();
    expect(parseMessageHint({ operation: 'INSERT', table: 'messages', record: { id: "m1') or (true" } })).toBeNull();
    expect(parseMessageHint({ operation: 'UPDATE', table: 'messages', record: { id: 'nope' }, old_record: record })).toBeNull();
    expect(parseMessageHint('hello')).toBeNull();
    expect(parseMessageHint(null)).toBeNull();
  });
});
