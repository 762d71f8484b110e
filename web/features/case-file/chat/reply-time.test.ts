import { describe, expect, it } from 'vitest';
import { replyDuration } from './reply-time';

describe('replyDuration', () => {
  it('says minutes under an hour, never zero', () => {
    expect(replyDuration(0)).toEqual({ unit: 'minutes', count: 1 });
    expect(replyDuration(59)).toEqual({ unit: 'minutes', count: 59 });
  });

  it('says hours from one hour to two days, rounded', () => {
    expect(replyDuration(60)).toEqual({ unit: 'hours', count: 1 });
    expect(replyDuration(150)).toEqual({ unit: 'hours', count: 3 });
    expect(replyDuration(47 * 60)).toEqual({ unit: 'hours', count: 47 });
  });

  it('says days from two days on', () => {
    expect(replyDuration(48 * 60)).toEqual({ unit: 'days', count: 2 });
    expect(replyDuration(5 * 24 * 60 + 100)).toEqual({ unit: 'days', count: 5 });
  });
});
