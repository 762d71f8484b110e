import { describe, expect, it } from 'vitest';
import type { OpenReport } from './queries';
import { groupReports } from './queue';
import { muteUntil, removeSchema } from './schema';

const post = { id: 'p1', title: 'Arnaque ?', body: 'Achetez ici', author_id: 'u9', hidden: true, author: { full_name: 'Spammeur' } };
const comment = { id: 'c1', body: 'Hors sujet', post_id: 'p2', author_id: 'u8', hidden: false, author: { full_name: 'Léa' } };
const report = (id: string, target: 'post' | 'comment', reason: OpenReport['reason'], at: string): OpenReport => ({
  id, reason, details: '', created_at: at,
  post_id: target === 'post' ? post.id : null, comment_id: target === 'comment' ? comment.id : null,
  reporter: { full_name: `Membre ${id}` },
  post: target === 'post' ? post : null, comment: target === 'comment' ? comment : null,
});

describe('groupReports', () => {
  it('gathers the reports of one post or comment, oldest target first, each reason once', () => {
    const items = groupReports([
      report('r1', 'post', 'spam', '2026-11-20T10:00:00Z'),
      report('r2', 'comment', 'off_topic', '2026-11-21T10:00:00Z'),
      report('r3', 'post', 'spam', '2026-11-22T10:00:00Z'),
      report('r4', 'post', 'harassment', '2026-11-23T10:00:00Z'),
    ]);
    expect(items.map((i) => [i.key, i.reports.length, i.reasons])).toEqual([
      ['post:p1', 3, ['spam', 'harassment']],
      ['comment:c1', 1, ['off_topic']],
    ]);
    expect(items[0]).toMatchObject({ kind: 'post', reportId: 'r1', title: 'Arnaque ?', authorId: 'u9', authorName: 'Spammeur', hidden: true });
    expect(items[1]).toMatchObject({ kind: 'comment', title: null, body: 'Hors sujet', authorName: 'Léa' });
  });

  it('still lists a report whose content is gone', () => {
    const [item] = groupReports([{ ...report('r9', 'post', 'other', '2026-11-20T10:00:00Z'), post: null }]);
    expect(item).toMatchObject({ authorId: null, body: null });
  });
});

describe('moderation decisions', () => {
  it('a removal needs a reason; muting is optional and limited to the offered durations', () => {
    expect(removeSchema.safeParse({ note: '  ', muteDays: '' }).error?.issues[0]?.message).toBe('removeNoteMissing');
    expect(removeSchema.safeParse({ note: 'Publicité', muteDays: '7' }).success).toBe(true);
    expect(removeSchema.safeParse({ note: 'Publicité', muteDays: '400' }).success).toBe(false);
  });

  it('a mute ends the given number of days from now', () => {
    expect(muteUntil(7, new Date('2026-11-24T12:00:00Z'))).toBe('2026-12-01T12:00:00.000Z');
  });
});
