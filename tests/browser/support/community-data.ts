// What the stand-in answers on the community pages (public home, signed-in home, Inside, Live,
// notifications): rows shaped as PostgREST returns them for the app's selects, typed by
// web/lib/database.types.ts where the shape is a table's, a view's or a function's.
import { json, rest, type FunctionResult, type Row, type StandIn, type StandInResponse } from '../stand-in/index.ts';
import type { Person } from './people.ts';

export type FeedRow = FunctionResult<'inside_feed'>[number];
type Face = { full_name: string; avatar_path: string | null; role: Row<'profiles'>['role'] };
export type CommentRow = Omit<Row<'comments'>, never> & { author: Face | null };
export type EventRow = Row<'events'>;

const AT = '2026-11-20T14:00:00.000+00:00';
export const KARIM = { id: '33333333-3333-4333-8333-000000000001', full_name: 'Karim Haddad' };

/** A PostgREST list with its Content-Range (`.maybeSingle()` reads one too). */
export const listOf = (rows: unknown[], total?: number): StandInResponse =>
  ({ ...json(rows), headers: { 'content-range': rows.length === 0 ? `*/${total ?? '*'}` : `0-${rows.length - 1}/${total ?? '*'}` } });

/** An `.insert(...).select(...).single()` answer: one object, 201. */
export const createdObject = (row: unknown): StandInResponse => json(row, 201);

export function feedRow(id: string, overrides: Partial<FeedRow> = {}): FeedRow {
  return {
    id, author_id: KARIM.id, author_name: KARIM.full_name, author_avatar_path: null, author_role: 'candidate',
    title: 'Biométrie à Montréal', body: 'Où avez-vous fait vos données biométriques ? Le délai de rendez-vous ?',
    category: 'quebec', pinned: false, like_count: 3, comment_count: 1, hidden: false, edited_at: null,
    created_at: AT, liked_by_me: false, ...overrides,
  };
}

/** n regular posts, newest first, one minute apart, from the startMinute-th on. */
export function feedPage(n: number, startMinute = 0, prefix = '10000000-0000-4000-8000-'): FeedRow[] {
  return Array.from({ length: n }, (_, i) => {
    const k = startMinute + i;
    return feedRow(`${prefix}${String(k).padStart(12, '0')}`, {
      title: `Question n° ${k + 1}`,
      created_at: new Date(Date.parse('2026-11-20T14:00:00Z') - k * 60_000).toISOString(),
    });
  });
}

export function commentRow(id: string, postId: string, author: Face, overrides: Partial<Row<'comments'>> = {}): CommentRow {
  return {
    id, post_id: postId, author_id: KARIM.id, body: 'Au centre de service de la rue Saint-Antoine, en deux semaines.',
    hidden: false, removal_reason: null, edited_at: null, created_at: AT, ...overrides, author,
  };
}

export function eventRow(id: string, overrides: Partial<EventRow> = {}): EventRow {
  return {
    id, title: 'Entrée express : les étapes après l’invitation', description: 'Ce qu’il faut préparer dans les 60 jours.\nQuestions en direct.',
    starts_at: '2026-12-03T00:00:00.000+00:00', ends_at: '2026-12-03T01:30:00.000+00:00', capacity: 50, registered_count: 12,
    waitlist_count: 0, status: 'scheduled', cancellation_reason: null, replay_url: null, created_by: null,
    created_at: AT, updated_at: AT, ...overrides,
  };
}

export function notificationRow(id: string, user: Person, overrides: Partial<Row<'notifications'>> = {}): Row<'notifications'> {
  return {
    id, user_id: user.user.id, kind: 'post_reply', title: 'Karim Haddad a répondu à votre publication', body: 'Au centre de service…',
    link: '/inside/10000000-0000-4000-8000-000000000000', data: {}, read_at: null, created_at: AT, ...overrides,
  };
}

export type DashboardData = {
  dossiers?: Row<'dossiers'>[];
  events?: (EventRow & { event_registrations: { status: Row<'event_registrations'>['status'] }[] })[];
  posts?: FeedRow[];
  /** Open tasks as the home page reads them (features/case-file/tasks/queries.ts), with their dossier's title. */
  tasks?: unknown[];
  /** What public.my_next_steps answers, the viewer's own steps first. */
  nextSteps?: FunctionResult<'my_next_steps'>;
};

/** The signed-in home's reads (lib: features/dashboard/queries.ts), empty unless given. */
export function serveDashboard(standIn: StandIn, person: Person, data: DashboardData = {}): void {
  const dossiers = data.dossiers ?? [];
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { or: `(candidate_id.eq.${person.user.id},pro_id.eq.${person.user.id})` } },
    rest.rows('dossiers', dossiers, dossiers.length));
  const me = person.user.id;
  const unread = dossiers.filter((d) => (d.candidate_id === me && d.candidate_unread_count > 0) || (d.pro_id === me && d.pro_unread_count > 0));
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { or: `(and(candidate_id.eq.${me},candidate_unread_count.gt.0),and(pro_id.eq.${me},pro_unread_count.gt.0))` } },
    listOf(unread.map(({ candidate_id, candidate_unread_count, pro_unread_count }) => ({ candidate_id, candidate_unread_count, pro_unread_count }))));
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { 'event_registrations.user_id': `eq.${person.user.id}` } }, listOf(data.events ?? []));
  standIn.on({ method: 'GET', path: '/rest/v1/feed_posts', query: { hidden: 'eq.false' } }, listOf(data.posts ?? []));
  standIn.on({ method: 'GET', path: '/rest/v1/tasks', query: { assignee_id: `eq.${person.user.id}` } }, listOf(data.tasks ?? []));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_next_steps' }, rest.rpc('my_next_steps', data.nextSteps ?? []));
}

/** The public home's anonymous read of upcoming events. */
export function servePublicEvents(standIn: StandIn, events: EventRow[]): void {
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { status: 'eq.scheduled' } },
    listOf(events.map(({ id, title, description, starts_at, ends_at, capacity, registered_count }) =>
      ({ id, title, description, starts_at, ends_at, capacity, registered_count }))));
}
