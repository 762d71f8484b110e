// The people browser scenarios act as, and what the stand-in answers about them: the Auth user,
// the `accounts` and `profiles` rows the signed-in layouts read (web/lib/auth/viewer.ts).
import type { User } from '@supabase/supabase-js';
import { TERMS_VERSION } from '../../../web/lib/terms.ts';
import { auth, makeUser, rest, type Row, type StandIn } from '../stand-in/index.ts';

export const PASSWORD = 'Capitune-Demo-2026';
const CREATED = '2026-01-15T10:00:00.000Z';

export type Person = { user: User; email: string; password: string; account: Row<'accounts'>; profile: Row<'profiles'> };

export function person(input: { id: string; email: string; fullName: string; role: Row<'profiles'>['role'] }): Person {
  const user = makeUser({ id: input.id, email: input.email, fullName: input.fullName });
  return {
    user,
    email: input.email,
    password: PASSWORD,
    account: {
      user_id: user.id,
      status: 'active',
      locale: 'fr',
      time_zone: 'America/Toronto',
      terms_accepted_at: CREATED,
      terms_version: TERMS_VERSION, // consent to the version in force, or the app asks for it again
      muted_until: null,
      created_at: CREATED,
      updated_at: CREATED,
    },
    profile: { id: user.id, full_name: input.fullName, role: input.role, bio: '', avatar_path: null, licence_number: null, created_at: CREATED, updated_at: CREATED },
  };
}

/** Amina, a candidate (the seed's first demo account). */
export const amina = (): Person =>
  person({ id: '11111111-1111-4111-8111-111111111111', email: 'amina@demo.capitune.ca', fullName: 'Amina Diallo', role: 'candidate' });

/** Claire, the admin (the seed's admin demo account); staff sessions need `aal2`. */
export const claire = (): Person =>
  person({ id: '33333333-3333-4333-8333-000000000001', email: 'claire@demo.capitune.ca', fullName: 'Claire Gagnon', role: 'admin' });

/** Sophie, a pro (the seed's first pro demo account); staff sessions need `aal2`. */
export const sophie = (): Person =>
  person({ id: '22222222-2222-4222-8222-000000000001', email: 'sophie@demo.capitune.ca', fullName: 'Sophie Tremblay', role: 'pro' });

/**
 * Answers what the app asks about a signed-in person: GET /auth/v1/user (how getClaims() trusts an
 * HS256 token), the `accounts` / `profiles` reads (`.maybeSingle()`: an array of one row), and the
 * header bell's unread count (HEAD with `count=exact`: none unless a test registers another answer).
 */
export function serveViewer(standIn: StandIn, p: Person): void {
  standIn.on({ method: 'GET', path: '/auth/v1/user' }, auth.user(p.user));
  standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${p.user.id}` } }, rest.rows('accounts', [p.account]));
  standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: `eq.${p.user.id}` } }, rest.rows('profiles', [p.profile]));
  standIn.on({ method: 'HEAD', path: '/rest/v1/notifications', query: { user_id: `eq.${p.user.id}`, read_at: 'is.null' } }, rest.rows('notifications', [], 0));
  // The profile's email choices (RLS gives the member their own rows): none turned off.
  standIn.on({ method: 'GET', path: '/rest/v1/email_preferences' }, rest.rows('email_preferences', []));
}
