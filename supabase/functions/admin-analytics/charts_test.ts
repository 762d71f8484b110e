import assert from 'node:assert/strict';
import { type Analytics, chartsFrom } from './charts.ts';

const analytics: Analytics = {
  generated_at: '2026-11-24T12:00:00Z',
  users_by_role_and_status: [
    { role: 'candidate', status: 'active', count: 40 },
    { role: 'candidate', status: 'suspended', count: 2 },
    { role: 'pro', status: 'active', count: 5 },
    { role: 'admin', status: 'active', count: 1 },
  ],
  weekly: [
    { week: '2026-11-16', signups: 3, posts: 10, comments: 4, likes: 20 },
    { week: '2026-11-23', signups: 1, posts: 2, comments: 0, likes: 5 },
  ],
  dossiers_by_status: { submitted: 4, approved: 2 },
  median_days_to_decision: 12.5,
  documents_awaiting_review: 7,
  registrations_per_event: [
    { event_id: 'e1', title: 'CSQ', starts_at: '2026-12-03T23:00:00Z', capacity: 50, registered: 20, waitlisted: 0 },
    { event_id: 'e2', title: 'PVT', starts_at: '2026-12-10T23:00:00Z', capacity: 0, registered: 0, waitlisted: 0 },
  ],
  active_users: { last_7_days: 9, last_30_days: 30 },
};

Deno.test('weekly activity becomes one series per metric, aligned on the weeks, with French labels', () => {
  const { weekly_activity } = chartsFrom(analytics).charts;
  assert.deepEqual(weekly_activity.weeks, ['2026-11-16', '2026-11-23']);
  assert.match(weekly_activity.labels[0], /^Sem\. du 16 nov/);
  assert.deepEqual(weekly_activity.series.map((s) => [s.key, s.label, s.values]), [
    ['signups', 'Inscriptions', [3, 1]],
    ['posts', 'Publications', [10, 2]],
    ['comments', 'Commentaires', [4, 0]],
    ['likes', 'J’aime', [20, 5]],
  ]);
});

Deno.test('every role and every dossier status is present, zeros included, in workflow order', () => {
  const { charts } = chartsFrom(analytics);
  assert.deepEqual(charts.users_by_role.categories.map((c) => [c.key, c.active, c.suspended]), [
    ['candidate', 40, 2],
    ['pro', 5, 0],
    ['admin', 1, 0],
  ]);
  assert.deepEqual(charts.dossiers_by_status.slices.map((s) => s.value), [0, 4, 0, 0, 2, 0, 0]);
  assert.equal(charts.dossiers_by_status.slices[0].label, 'Brouillon');
});

Deno.test('events get a fill rate, none when there is no capacity', () => {
  const { events } = chartsFrom(analytics).charts.event_fill;
  assert.deepEqual(events.map((e) => e.fill_rate), [0.4, null]);
});

Deno.test('totals sum the categories', () => {
  assert.deepEqual(chartsFrom(analytics).totals, {
    users: 48,
    suspended_users: 2,
    active_last_7_days: 9,
    active_last_30_days: 30,
    dossiers: 6,
    documents_awaiting_review: 7,
    median_days_to_decision: 12.5,
  });
});
