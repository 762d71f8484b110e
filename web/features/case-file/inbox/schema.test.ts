import { describe, expect, it } from 'vitest';
import { checklistSummary } from '../dossier/checklist-card';
import { INBOX_FILTER_CHOICES, parseInboxFilter } from './schema';

describe('the pro inbox filter', () => {
  it('reads ?statut= as a status, every status when absent or unknown', () => {
    expect(parseInboxFilter('submitted')).toBe('submitted');
    expect(parseInboxFilter('action_required')).toBe('action_required');
    expect(parseInboxFilter(undefined)).toBe('tous');
    expect(parseInboxFilter('everything')).toBe('tous');
  });

  it('offers every status a pro works with, drafts left out', () => {
    expect(INBOX_FILTER_CHOICES).toEqual([
      'tous', 'submitted', 'in_review', 'action_required', 'approved', 'rejected', 'closed',
    ]);
  });
});

describe('checklistSummary', () => {
  const item = (kind: string, state: string) => ({ kind, label: kind, state, validity_months: 12, document_id: '', expires_on: '2026-12-01' });
  it('lists what is missing, rejected or expired as to provide, and what expires soon apart', () => {
    const summary = checklistSummary([item('passport', 'approved'), item('photo', 'missing'), item('police', 'rejected'), item('medical', 'expired'), item('language', 'expiring'), item('funds', 'pending')]);
    expect(summary.toProvide.map((i) => i.kind)).toEqual(['photo', 'police', 'medical']);
    expect(summary.expiring.map((i) => i.kind)).toEqual(['language']);
  });
});
