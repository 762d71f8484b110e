// What the stand-in answers on the admin screens: the admin-analytics and admin-users functions'
// JSON, and the rows the pages read (typed by web/lib/database.types.ts where the shape is a table's).
import { functions, json, rest, type Row, type StandIn, type StandInResponse } from '../stand-in/index.ts';
import { FIXTURE_NOW_MS } from './clock.ts';
import { amina, claire } from './people.ts';

export const EVENT_ID = '44444444-4444-4444-8444-000000000001';
export const PRO_ID = '22222222-2222-4222-8222-000000000001';
export const DOSSIER_ID = '55555555-5555-4555-8555-000000000001';

/** An answer with embedded rows (a select naming relations): not a bare table row. */
export const embedded = (rows: unknown[], total?: number): StandInResponse =>
  ({ ...json(rows), headers: { 'content-range': rows.length === 0 ? `*/${total ?? '*'}` : `0-${rows.length - 1}/${total ?? '*'}` } });

const adminUser = (p: { id: string; full_name: string; email: string; role: 'candidate' | 'pro' | 'admin'; status?: 'active' | 'suspended'; created_at?: string }) => ({
  status: 'active' as const, created_at: '2026-09-01T12:00:00Z', last_sign_in_at: '2026-11-20T14:30:00Z', ...p,
});
export const lucas = adminUser({ id: '11111111-1111-4111-8111-000000000002', full_name: 'Lucas Martin', email: 'lucas@demo.capitune.ca', role: 'candidate', created_at: '2026-11-10T15:00:00Z' });
export const users = [
  adminUser({ id: amina().user.id, full_name: 'Amina Diallo', email: 'amina@demo.capitune.ca', role: 'candidate', created_at: '2026-11-03T15:00:00Z' }),
  lucas,
  adminUser({ id: PRO_ID, full_name: 'Sophie Tremblay', email: 'sophie@demo.capitune.ca', role: 'pro' }),
  adminUser({ id: claire().user.id, full_name: 'Claire Gagnon', email: 'claire@demo.capitune.ca', role: 'admin' }),
];
export const userPage = (list = users, total = list.length) => functions.json({ users: list, page: 1, page_size: 20, total });

/** Full: its two seats taken by the attendees below, the third of them on the waiting list. */
export const event: Row<'events'> = {
  id: EVENT_ID, title: 'Entrée express : les étapes', description: 'Questions et réponses avec une consultante.',
  starts_at: '2026-12-03T23:00:00Z', ends_at: '2026-12-04T00:30:00Z', capacity: 2, replay_url: null, status: 'scheduled',
  cancellation_reason: null, registered_count: 2, waitlist_count: 1, created_by: claire().user.id,
  created_at: '2026-11-01T12:00:00Z', updated_at: '2026-11-01T12:00:00Z',
};

/** Cancelled before anyone registered: not in the fill chart, which counts scheduled events. */
export const cancelledEvent: Row<'events'> = {
  ...event, id: '44444444-4444-4444-8444-000000000002', title: 'Parrainage : questions fréquentes', starts_at: '2026-12-10T23:00:00Z',
  ends_at: '2026-12-11T00:00:00Z', capacity: null, status: 'cancelled', cancellation_reason: 'Conférencière malade', registered_count: 0, waitlist_count: 0,
};

export const attendees = [
  { user_id: amina().user.id, full_name: 'Amina Diallo', email: 'amina@demo.capitune.ca', status: 'registered' as const, waitlist_position: null, registered_at: '2026-11-10T15:00:00Z' },
  { user_id: lucas.id, full_name: '=HYPERLINK("http://evil.example","Lucas")', email: 'lucas@demo.capitune.ca', status: 'registered' as const, waitlist_position: null, registered_at: '2026-11-11T15:00:00Z' },
  { user_id: PRO_ID, full_name: 'Martin, Zoé', email: 'zoe@demo.capitune.ca', status: 'waitlisted' as const, waitlist_position: 1, registered_at: '2026-11-12T15:00:00Z' },
];

export const dossiers = [
  {
    id: DOSSIER_ID, title: 'Résidence permanente — Entrée express', program_type: 'express_entry', status: 'submitted', pro_id: null,
    updated_at: '2026-11-22T12:00:00Z', candidate: { full_name: 'Amina Diallo' }, pro: null,
  },
  {
    id: '55555555-5555-4555-8555-000000000002', title: 'Permis d’études à Québec', program_type: 'study_permit', status: 'in_review', pro_id: PRO_ID,
    updated_at: '2026-11-21T12:00:00Z', candidate: { full_name: 'Lucas Martin' }, pro: { full_name: 'Sophie Tremblay' },
  },
];
const WEEKS = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
const weekOf = (iso: string) => WEEKS.findLastIndex((week) => iso.slice(0, 10) >= week);
const perWeek = (dates: string[]) => WEEKS.map((_, i) => dates.filter((date) => weekOf(date) === i).length);
const ROLES = [['candidate', 'Candidats'], ['pro', 'Consultants'], ['admin', 'Administrateurs']] as const;
const STATUSES = [['draft', 'Brouillon'], ['submitted', 'Soumis'], ['in_review', 'En révision'], ['action_required', 'Action requise'],
  ['approved', 'Approuvé'], ['rejected', 'Refusé'], ['closed', 'Clos']] as const;
const since = (days: number) => new Date(FIXTURE_NOW_MS - days * 86_400_000).toISOString();

/**
 * What admin-analytics answers, computed from the members, dossiers and event the other admin
 * screens list: the dashboard's counts and those lists agree. Community activity (posts, comments,
 * likes) has no admin list to agree with.
 */
export const analytics = {
  analytics: { generated_at: '2026-11-24T17:00:00Z' },
  charts: {
    weekly_activity: {
      title: 'Activité par semaine',
      weeks: WEEKS,
      labels: ['Sem. du 2 nov.', 'Sem. du 9 nov.', 'Sem. du 16 nov.', 'Sem. du 23 nov.'],
      series: [
        { key: 'signups', label: 'Inscriptions', values: perWeek(users.map((u) => u.created_at)) },
        { key: 'posts', label: 'Publications', values: [8, 12, 10, 2] },
        { key: 'comments', label: 'Commentaires', values: [15, 9, 4, 0] },
        { key: 'likes', label: 'J’aime', values: [30, 41, 20, 5] },
      ],
    },
    users_by_role: {
      title: 'Membres par rôle',
      categories: ROLES.map(([key, label]) => ({
        key, label,
        active: users.filter((u) => u.role === key && u.status === 'active').length,
        suspended: users.filter((u) => u.role === key && u.status === 'suspended').length,
      })),
    },
    dossiers_by_status: {
      title: 'Dossiers par statut',
      slices: STATUSES.map(([key, label]) => ({ key, label, value: dossiers.filter((d) => d.status === key).length })),
    },
    event_fill: {
      title: 'Remplissage des événements',
      events: [{
        event_id: EVENT_ID, title: event.title, starts_at: event.starts_at, capacity: event.capacity, registered: event.registered_count,
        waitlisted: event.waitlist_count, fill_rate: event.registered_count / event.capacity!,
      }],
    },
  },
  totals: {
    users: users.length, suspended_users: users.filter((u) => u.status === 'suspended').length,
    active_last_7_days: users.filter((u) => u.last_sign_in_at >= since(7)).length,
    active_last_30_days: users.filter((u) => u.last_sign_in_at >= since(30)).length,
    dossiers: dossiers.length, documents_awaiting_review: 0, median_days_to_decision: null,
  },
};

export const pros = [
  { id: PRO_ID, full_name: 'Sophie Tremblay', accounts: { status: 'active' } },
  { id: '22222222-2222-4222-8222-000000000002', full_name: 'Karim Benali', accounts: { status: 'active' } },
];

export const reports = [
  {
    id: '66666666-6666-4666-8666-000000000001', reason: 'spam', details: 'Lien vers un site douteux', created_at: '2026-11-22T10:00:00Z',
    post_id: '77777777-7777-4777-8777-000000000001', comment_id: null, reporter: { full_name: 'Amina Diallo' }, comment: null,
    post: { id: '77777777-7777-4777-8777-000000000001', title: 'Visa garanti en 48 h', body: 'Écrivez-moi pour un visa garanti, paiement d’avance.', author_id: lucas.id, hidden: true, author: { full_name: 'Lucas Martin' } },
  },
  {
    id: '66666666-6666-4666-8666-000000000002', reason: 'harassment', details: '', created_at: '2026-11-23T10:00:00Z',
    post_id: null, comment_id: '88888888-8888-4888-8888-000000000001', reporter: { full_name: 'Sophie Tremblay' }, post: null,
    comment: { id: '88888888-8888-4888-8888-000000000001', body: 'Personne ne veut de toi ici.', post_id: '77777777-7777-4777-8777-000000000002', author_id: lucas.id, hidden: false, author: { full_name: 'Lucas Martin' } },
  },
];

/**
 * The log as the other admin screens tell it: Lucas, active in the member list, was reinstated;
 * the dossier assigned to Sophie is the one she holds, on the day it was last updated.
 */
export const auditEntries: Row<'audit_log'>[] = [
  { id: 42, actor_id: claire().user.id, action: 'user.status_changed', target_table: 'accounts', target_id: lucas.id, details: { from: 'suspended', to: 'active' }, created_at: '2026-11-24T16:00:00Z' },
  { id: 41, actor_id: PRO_ID, action: 'document.reviewed', target_table: 'documents', target_id: '99999999-9999-4999-8999-000000000001', details: { decision: 'rejected', reason: 'Document illisible' }, created_at: '2026-11-24T14:00:00Z' },
  { id: 40, actor_id: claire().user.id, action: 'dossier.assigned', target_table: 'dossiers', target_id: dossiers[1]!.id, details: { pro_id: PRO_ID }, created_at: dossiers[1]!.updated_at },
  { id: 39, actor_id: claire().user.id, action: 'event.created', target_table: 'events', target_id: EVENT_ID, details: { title: event.title, status: 'scheduled', capacity: event.capacity, starts_at: event.starts_at }, created_at: event.created_at },
];

/** Members muted now, as the moderation page reads them (accounts with their profile's name). */
export const mutedMembers = [
  { user_id: lucas.id, muted_until: '2026-12-02T10:00:00Z', profile: { full_name: 'Lucas Martin' } },
];

/** Fixtures for every admin screen's reads (tests add the writes they exercise). */
export function serveAdminReads(standIn: StandIn): void {
  standIn.on({ method: 'GET', path: '/functions/v1/admin-analytics' }, functions.json(analytics));
  standIn.on({ method: 'GET', path: '/functions/v1/admin-users' }, userPage());
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT_ID}` } }, rest.rows('events', [event]));
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { order: /^starts_at\.desc/ } }, rest.rows('events', [event, cancelledEvent], 2));
  standIn.on({ method: 'GET', path: '/rest/v1/event_join_links', query: { event_id: `eq.${EVENT_ID}` } }, rest.rows('event_join_links', [{ event_id: EVENT_ID, join_url: 'https://meet.example.com/entree-express' }]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/event_attendees' }, json(attendees)); // waitlist_position is null for seats
  // As the database answers: « Sans professionnel » asks for pro_id=is.null and gets only those.
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers' }, embedded(dossiers, dossiers.length));
  const unassigned = dossiers.filter((d) => d.pro_id === null);
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { pro_id: 'is.null' } }, embedded(unassigned, unassigned.length));
  standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { role: 'eq.pro' } }, embedded(pros));
  standIn.on({ method: 'GET', path: '/rest/v1/reports', query: { status: 'eq.open' } }, embedded(reports));
  standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { muted_until: /^gt\./ } }, embedded(mutedMembers));
  standIn.on({ method: 'GET', path: '/rest/v1/audit_log' }, rest.rows('audit_log', auditEntries));
  standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: /^in\./ } }, embedded([
    { id: claire().user.id, full_name: 'Claire Gagnon' }, { id: PRO_ID, full_name: 'Sophie Tremblay' }, { id: lucas.id, full_name: 'Lucas Martin' },
  ]));
}
