// What the admin screen draws, shaped from admin_analytics(): series with French labels, every
// category present (zeros included) in a stable order, and a few headline totals.
import { dossierStatusLabels } from '../_shared/contract/labels.ts';

export type Analytics = {
  generated_at: string;
  users_by_role_and_status: { role: string; status: string; count: number }[];
  weekly: { week: string; signups: number; posts: number; comments: number; likes: number }[];
  dossiers_by_status: Record<string, number>;
  median_days_to_decision: number | null;
  documents_awaiting_review: number;
  registrations_per_event: {
    event_id: string;
    title: string;
    starts_at: string;
    capacity: number | null;
    registered: number;
    waitlisted: number;
  }[];
  active_users: { last_7_days: number; last_30_days: number };
};

const roles = [['candidate', 'Candidats'], ['pro', 'Professionnels'], ['admin', 'Administrateurs']] as const;
const dossierStatuses = Object.entries(dossierStatusLabels);
const activity = [['signups', 'Inscriptions'], ['posts', 'Publications'], ['comments', 'Commentaires'], [
  'likes',
  'J’aime',
]] as const;

const weekLabel = new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function chartsFrom(a: Analytics) {
  const count = (role: string, status: string) =>
    a.users_by_role_and_status.find((x) => x.role === role && x.status === status)?.count ?? 0;
  const usersByRole = roles.map(([key, label]) => ({
    key,
    label,
    active: count(key, 'active'),
    suspended: count(key, 'suspended'),
  }));
  const dossiers = dossierStatuses.map(([key, label]) => ({ key, label, value: a.dossiers_by_status[key] ?? 0 }));
  return {
    charts: {
      weekly_activity: {
        title: 'Activité par semaine',
        weeks: a.weekly.map((w) => w.week),
        labels: a.weekly.map((w) => `Sem. du ${weekLabel.format(new Date(`${w.week}T00:00:00Z`))}`),
        series: activity.map(([key, label]) => ({ key, label, values: a.weekly.map((w) => Number(w[key])) })),
      },
      users_by_role: { title: 'Membres par rôle', categories: usersByRole },
      dossiers_by_status: { title: 'Dossiers par statut', slices: dossiers },
      event_fill: {
        title: 'Remplissage des événements',
        events: a.registrations_per_event.map((e) => ({
          ...e,
          fill_rate: e.capacity ? Math.round((e.registered / e.capacity) * 1000) / 1000 : null,
        })),
      },
    },
    totals: {
      users: usersByRole.reduce((sum, r) => sum + r.active + r.suspended, 0),
      suspended_users: usersByRole.reduce((sum, r) => sum + r.suspended, 0),
      active_last_7_days: a.active_users.last_7_days,
      active_last_30_days: a.active_users.last_30_days,
      dossiers: dossiers.reduce((sum, d) => sum + d.value, 0),
      documents_awaiting_review: a.documents_awaiting_review,
      median_days_to_decision: a.median_days_to_decision,
    },
  };
}
