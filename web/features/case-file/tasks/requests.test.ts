import { describe, expect, it } from 'vitest';
import { requestsByKind } from './requests';

describe('requestsByKind', () => {
  it('keeps the open requests, the soonest due per kind', () => {
    const requests = requestsByKind([
      { id: 'later', document_kind: 'passport', status: 'open', due_on: '2026-12-20' },
      { id: 'sooner', document_kind: 'passport', status: 'open', due_on: '2026-12-05' },
      { id: 'submitted', document_kind: 'photo', status: 'submitted', due_on: '2026-12-01' },
      { id: 'plain', document_kind: null, status: 'open', due_on: '2026-12-01' },
    ]);
    expect([...requests].map(([kind, task]) => [kind, task.id])).toEqual([['passport', 'sooner']]);
  });
});
