import type { AnalyticsResponse } from './schema';

/** An admin-analytics answer as the function builds it (charts.ts), for tests. */
export const ANALYTICS_FIXTURE: AnalyticsResponse = {
  analytics: { generated_at: '2026-11-24T12:00:00Z' },
  charts: {
    weekly_activity: {
      title: 'Activité par semaine',
      weeks: ['2026-11-16', '2026-11-23'],
      labels: ['Sem. du 16 nov.', 'Sem. du 23 nov.'],
      series: [
        { key: 'signups', label: 'Inscriptions', values: [3, 1] },
        { key: 'posts', label: 'Publications', values: [10, 2] },
        { key: 'comments', label: 'Commentaires', values: [4, 0] },
        { key: 'likes', label: 'J’aime', values: [20, 5] },
      ],
    },
    users_by_role: {
      title: 'Membres par rôle',
      categories: [
        { key: 'candidate', label: 'Candidats', active: 40, suspended: 2 },
        { key: 'pro', label: 'Professionnels', active: 5, suspended: 0 },
        { key: 'admin', label: 'Administrateurs', active: 1, suspended: 0 },
      ],
    },
    dossiers_by_status: {
      title: 'Dossiers par statut',
      slices: [
        { key: 'draft', label: 'Brouillon', value: 0 }, { key: 'submitted', label: 'Soumis', value: 4 },
        { key: 'in_review', label: 'En révision', value: 0 }, { key: 'action_required', label: 'Action requise', value: 0 },
        { key: 'approved', label: 'Approuvé', value: 2 }, { key: 'rejected', label: 'Refusé', value: 0 }, { key: 'closed', label: 'Clos', value: 0 },
      ],
    },
    event_fill: {
      title: 'Remplissage des événements',
      events: [
        { event_id: 'e1', title: 'CSQ', starts_at: '2026-12-03T23:00:00Z', capacity: 50, registered: 50, waitlisted: 3, fill_rate: 1 },
        { event_id: 'e2', title: 'PVT', starts_at: '2026-12-10T23:00:00Z', capacity: null, registered: 12, waitlisted: 0, fill_rate: null },
      ],
    },
  },
  totals: {
    users: 48, suspended_users: 2, active_last_7_days: 9, active_last_30_days: 30, dossiers: 6,
    documents_awaiting_review: 7, median_days_to_decision: 12.5,
  },
};
