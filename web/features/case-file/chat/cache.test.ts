import { describe, expect, it } from 'vitest';
import { chronological, markOthersRead, reconcileMessages, removeMessage, upsertMessage, type MessagePages } from './cache';
import type { Message } from './queries';

const ME = 'amina';
const PRO = 'sophie';
const message = (id: string, minute: number, sender = PRO, read_at: string | null = null): Message => ({
  id, dossier_id: 'd1', sender_id: sender, body: `message ${id}`, attachment_document_id: null, read_at,
  created_at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00+00:00`,
});
// Two pages as the chat fetches them: newest first, the newest page first.
const pages = (): MessagePages => ({
  pages: [
    { messages: [message('m4', 4, ME), message('m3', 3)], older: { createdAt: '2026-03-01T10:03:00+00:00', id: 'm3' } },
    { messages: [message('m2', 2), message('m1', 1, ME)], older: null },
  ],
  pageParams: [null, { createdAt: '2026-03-01T10:03:00+00:00', id: 'm3' }],
});

describe('the chat cache', () => {
  it('shows messages oldest first, newest at the bottom', () => {
    expect(chronological(pages()).map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('adds a new message at the bottom, and only once when the broadcast repeats our own insert', () => {
    const once = upsertMessage(pages(), message('m5', 5));
    const twice = upsertMessage(once, message('m5', 5));
    expect(chronological(twice).map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(twice?.pages[0]?.older).toEqual(pages().pages[0]?.older); // paging unchanged
  });

  it('replaces a changed message where it is (a read receipt on an older page)', () => {
    const read = { ...message('m1', 1, ME), read_at: '2026-03-01T11:00:00+00:00' };
    const updated = upsertMessage(pages(), read);
    expect(updated?.pages[1]?.messages.find((m) => m.id === 'm1')?.read_at).toBe('2026-03-01T11:00:00+00:00');
    expect(chronological(updated)).toHaveLength(4);
  });

  it('removes a deleted message', () => {
    expect(chronological(removeMessage(pages(), 'm3')).map((m) => m.id)).toEqual(['m1', 'm2', 'm4']);
  });

  it('after a read-back, shows what the database returned and drops what it no longer returns', () => {
    const edited = { ...message('m3', 3), read_at: '2026-03-01T11:00:00+00:00' };
    const reconciled = reconcileMessages(pages(), ['m3', 'm2', 'm5'], [edited, message('m5', 5)]);
    expect(chronological(reconciled).map((m) => m.id)).toEqual(['m1', 'm3', 'm4', 'm5']);
    expect(chronological(reconciled).find((m) => m.id === 'm3')).toEqual(edited);
  });

  it('marks read only what others sent and was unread', () => {
    const marked = markOthersRead(pages(), ME, '2026-03-01T12:00:00Z');
    const byId = new Map(chronological(marked).map((m) => [m.id, m.read_at]));
    expect(byId.get('m2')).toBe('2026-03-01T12:00:00Z');
    expect(byId.get('m3')).toBe('2026-03-01T12:00:00Z');
    expect(byId.get('m1')).toBeNull(); // mine: only the pro can read it
    expect(byId.get('m4')).toBeNull();
  });

  it('leaves an unloaded chat alone', () => {
    expect(upsertMessage(undefined, message('m9', 9))).toBeUndefined();
    expect(chronological(undefined)).toEqual([]);
  });
});
