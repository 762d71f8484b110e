// The people browser scenarios act as, and what the stand-in answers about them: the Auth user,
// the `accounts` and `profiles` rows the signed-in layouts read (web/lib/auth/viewer.ts).
import type { User } from '@supabase/supabase-js';
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
      email_notifications: true,
      terms_accepted_at: CREATED,
      terms_version: '2026-01',
      muted_until: null,
      created_at: CREATED,
      updated_at: CREATED,
    },
    profile: { id: user.id, full_name: input.fullName, role: input.role, bio: '', avatar_path: null, created_at: CREATED, updated_at: CREATED },
  };
}

/** Amina, a candidate (the seed's first demo account). */
export const amina = (): Person =>
  person({ id: '11111111-1111-4111-8111-111111111111', email: 'amina@demo.capitune.ca', fullName: 'Amina Diallo', role: 'candidate' });

/**
 * Answers what the app asks about a signed-in person: GET /auth/v1/user (how getClaims() trusts an
 * HS256 token) and the `accounts` / `profiles` reads (`.maybeSingle()`: an array of one row).
 */
export function serveViewer(standIn: StandIn, p: Person): void {
  standIn.on({ method: 'GET', path: '/auth/v1/user' }, auth.user(p.user));
  standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${p.user.id}` } }, rest.rows('accounts', [p.account]));
  standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: `eq.${p.user.id}` } }, rest.rows('profiles', [p.profile]));
}
