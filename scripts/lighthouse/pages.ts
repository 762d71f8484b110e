// The pages Lighthouse audits and what the Supabase stand-in answers for each, built from the
// browser suite's fixtures (tests/browser/support, tests/browser/pages/dossier-data.ts) so a page
// shows here what a person sees there: the forms behind a session get one, the same way signIn does.
import { checklist, documentRow, DOSSIER_ID, dossierRow, messageRow, serveDossierPage } from '../../tests/browser/pages/dossier-data.ts';
import { makeSession, rest, sessionCookies, type StandIn } from '../../tests/browser/stand-in/index.ts';
import { FIXTURE_NOW, FIXTURE_NOW_MS } from '../../tests/browser/support/clock.ts';
import { eventRow, feedPage, feedRow, serveDashboard, servePublicEvents } from '../../tests/browser/support/community-data.ts';
import { amina, serveViewer, sophie, type Person } from '../../tests/browser/support/people.ts';
import type { Cookie } from './browser.ts';

/** Public pages are checked in CI; the signed-in ones are reported (DESIGN §4 gives both targets). */
export type PageKind = 'public' | 'signed-in';

export type Scenario = {
  path: string;
  kind: PageKind;
  /** Only the home page is meant for search engines; the others may be noindex. */
  seo?: true;
  /** Registers the page's fixtures; returns the session cookies the browser starts with. */
  serve: (standIn: StandIn, appUrl: string) => Cookie[];
};

const anonymous = (): Cookie[] => [];

/** The stand-in answers for `person`, and the cookies @supabase/ssr reads (tests/browser/fixtures.ts signIn). */
function signedIn(standIn: StandIn, appUrl: string, person: Person, aal: 'aal1' | 'aal2' = 'aal1'): Cookie[] {
  const session = makeSession(person.user, { supabaseUrl: standIn.url, aal, issuedAt: FIXTURE_NOW_MS });
  serveViewer(standIn, person);
  return sessionCookies(session, standIn.url, appUrl);
}

/** Sophie (a pro) with a verified TOTP factor, signed in with her password only: the code form shows. */
function sophieWithFactor(): Person {
  const person = sophie();
  const factor = { id: '88888888-8888-4888-8888-000000000001', friendly_name: 'Téléphone', factor_type: 'totp' as const,
    status: 'verified' as const, created_at: FIXTURE_NOW, updated_at: FIXTURE_NOW };
  return { ...person, user: { ...person.user, factors: [factor] } };
}

const EVENT_A = '44444444-4444-4444-8444-00000000000a';
const EVENT_B = '44444444-4444-4444-8444-00000000000b';
const upcoming = () => [eventRow(EVENT_A), eventRow(EVENT_B, { title: 'Permis d’études : réussir sa lettre explicative', starts_at: '2026-12-10T23:00:00.000+00:00' })];

export const SCENARIOS: Scenario[] = [
  { path: '/', kind: 'public', seo: true, serve: (standIn) => (servePublicEvents(standIn, upcoming()), anonymous()) },
  { path: '/connexion', kind: 'public', serve: anonymous },
  { path: '/inscription', kind: 'public', serve: anonymous },
  { path: '/mot-de-passe-oublie', kind: 'public', serve: anonymous },
  // After an emailed link is redeemed the member has a session, and the form asks for the new password.
  { path: '/auth/reset-password', kind: 'public', serve: (standIn, appUrl) => signedIn(standIn, appUrl, amina()) },
  { path: '/auth/confirm?token_hash=pkce_3f5a0c1e9b7d4a2f8e6c&type=signup', kind: 'public', serve: anonymous },
  { path: '/deux-facteurs', kind: 'public', serve: (standIn, appUrl) => signedIn(standIn, appUrl, sophieWithFactor()) },
  {
    path: '/consentement', kind: 'public', serve: (standIn, appUrl) => {
      const me = amina();
      const cookies = signedIn(standIn, appUrl, me);
      standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${me.user.id}` } },
        rest.rows('accounts', [{ ...me.account, terms_accepted_at: null, terms_version: null }]));
      return cookies;
    },
  },
  { path: '/conditions', kind: 'public', serve: anonymous },
  { path: '/confidentialite', kind: 'public', serve: anonymous },
  {
    // Who lands here: a suspended member, whose profile RLS no longer returns.
    path: '/compte-suspendu', kind: 'public', serve: (standIn, appUrl) => {
      const me = amina();
      const cookies = signedIn(standIn, appUrl, me);
      standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${me.user.id}` } },
        rest.rows('accounts', [{ ...me.account, status: 'suspended' }]));
      standIn.on({ method: 'GET', path: '/rest/v1/profiles', query: { id: `eq.${me.user.id}` } }, rest.rows('profiles', []));
      return cookies;
    },
  },
  {
    path: '/accueil', kind: 'signed-in', serve: (standIn, appUrl) => {
      const me = amina();
      const cookies = signedIn(standIn, appUrl, me);
      const { candidate: _c, pro: _p, ...dossier } = dossierRow(me, sophie());
      serveDashboard(standIn, me, {
        dossiers: [{ ...dossier, candidate_unread_count: 1, pro_unread_count: 0 }],
        events: [{ ...eventRow(EVENT_A), event_registrations: [{ status: 'registered' }] }],
        posts: feedPage(3),
      });
      return cookies;
    },
  },
  {
    path: `/dossiers/${DOSSIER_ID}`, kind: 'signed-in', serve: (standIn, appUrl) => {
      const me = amina();
      const pro = sophie();
      const cookies = signedIn(standIn, appUrl, me);
      serveDossierPage(standIn, {
        dossier: dossierRow(me, pro),
        viewer: me,
        documents: [documentRow(me, { id: '66666666-6666-4666-8666-000000000001', file_name: 'passeport.pdf' })],
        messages: [
          messageRow(pro, { id: '77777777-7777-4777-8777-000000000001', body: 'Bonjour Amina, il manque votre certificat de police.' }),
          messageRow(me, { id: '77777777-7777-4777-8777-000000000002', body: 'Je l’ai demandé, je le dépose dès réception.' }),
        ],
        checklist: checklist({ passport: 'pending' }),
        readiness: 25,
        unread: 1,
      });
      return cookies;
    },
  },
  {
    path: '/inside', kind: 'signed-in', serve: (standIn, appUrl) => {
      const cookies = signedIn(standIn, appUrl, amina());
      // The pinned welcome, then as many posts as the page asks for.
      standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, (request) => rest.rpc('inside_feed', [
        feedRow('10000000-0000-4000-8000-0000000000aa', { pinned: true, title: 'Bienvenue dans Inside', author_name: 'Équipe CAPITUNE', author_role: 'admin' }),
        ...feedPage((request.body as { page_size: number }).page_size),
      ]));
      return cookies;
    },
  },
];
