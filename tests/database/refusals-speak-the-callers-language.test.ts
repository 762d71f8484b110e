// Every sentence our SQL raises is written for the member who called: an English member
// (accounts.locale 'en-…') reads English, a French one French, with the same SQLSTATE, so the web
// app and the edge functions show it as raised (supabase/functions/_shared/contract/database-errors.ts).
// One refusal per chapter that raises, and a constraint's sentence. Values inside a sentence (a
// dossier's statuses, the kinds of document to replace) are named in the caller's language too.
// A caller without an account (a visitor, the service role) reads the language of the request's
// Accept-Language, which PostgREST hands to the transaction as `request.headers`, a JSON object
// keyed by lowercased names (PostgREST, docs/references/transactions.rst, "Request Headers,
// Cookies and JWT claims"; src/PostgREST/Query/PreQuery.hs); French without one. A member's
// account locale wins over the header.
import { beforeAll, describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage } from '../../supabase/functions/_shared/contract/language.ts';
import { createPost } from '../support/community.ts';
import { type Actor, anon, attempt, inTransaction, owner, serviceRole, user } from '../support/db.ts';
import { clearRateLimits, createDocument, createDossier, createMember, type Member } from '../support/world.ts';

type Cast = { candidate: Member; admin: Actor; suspended: Member };
type Refusal = {
  chapter: string;
  code: string;
  french: string;
  english: string;
  act: (cast: Cast) => Promise<Awaited<ReturnType<typeof attempt>>>;
};

const nowhere = '00000000-0000-4000-8000-00000000dead';

async function createCast(locale: string): Promise<Cast> {
  const [candidate, admin, suspended] = await Promise.all([
    createMember(),
    createMember({ role: 'admin' }),
    createMember({ status: 'suspended' }),
  ]);
  await owner('update public.accounts set locale = $1 where user_id = any ($2)', [locale, [candidate.id, admin.id, suspended.id]]);
  // Admins act with the second factor (private.caller: aal2 while require_staff_mfa is on).
  return { candidate, admin: user(admin.id, { aal: 'aal2' }), suspended };
}

const refusals: Refusal[] = [
  {
    chapter: 'private schema: the write limit',
    code: 'PT429',
    french: 'Trop de requêtes : patientez une seconde avant de recommencer.',
    english: 'Too many requests: wait a second before trying again.',
    act: async ({ candidate }) => {
      const [first, second] = await Promise.all([createPost(candidate.id), createPost(candidate.id)]);
      await clearRateLimits(candidate.id);
      await attempt(candidate.actor, 'insert into public.post_likes (post_id) values ($1)', [first]);
      return attempt(candidate.actor, 'insert into public.post_likes (post_id) values ($1)', [second]);
    },
  },
  {
    chapter: 'identity: consent to unknown terms',
    code: '22023',
    french: 'Version des conditions inconnue : acceptez la version en vigueur (2026-11).',
    english: 'Unknown version of the terms: accept the current version (2026-11).',
    act: ({ candidate }) => attempt(candidate.actor, 'select public.accept_terms($1)', ['1999-01']),
  },
  {
    chapter: 'identity: a trigger that runs as the member (unknown time zone)',
    code: '22023',
    french: 'Fuseau horaire inconnu : choisissez-en un dans la liste.',
    english: 'Unknown time zone: choose one from the list.',
    act: ({ candidate }) =>
      attempt(candidate.actor, 'update public.accounts set time_zone = $2 where user_id = $1', [candidate.id, 'Mars/Olympus']),
  },
  {
    chapter: 'identity: a suspended account',
    code: '42501',
    french: 'Compte inactif : action impossible.',
    english: 'Your account is inactive: this action is not possible.',
    act: ({ suspended }) => attempt(suspended.actor, 'select public.change_dossier_status($1, $2)', [nowhere, 'submitted']),
  },
  {
    chapter: 'case files: a status change without a status',
    code: '22023',
    french: 'Indiquez le nouveau statut du dossier.',
    english: 'Give the application’s new status.',
    act: ({ candidate }) => attempt(candidate.actor, 'select public.change_dossier_status($1, null)', [nowhere]),
  },
  {
    chapter: 'case files: a note too long, its limit written as each language writes numbers',
    code: '22001',
    french: 'La note dépasse 2 000 caractères.',
    english: 'The note is longer than 2,000 characters.',
    act: ({ candidate }) =>
      attempt(candidate.actor, 'select public.change_dossier_status($1, $2, $3)', [nowhere, 'submitted', 'a'.repeat(2001)]),
  },
  {
    chapter: 'case files: a move the workflow lacks, its statuses named',
    code: '55000',
    french: 'Transition impossible : brouillon → approuvé.',
    english: 'An application cannot move from draft to approved.',
    act: async ({ candidate }) =>
      attempt(candidate.actor, 'select public.change_dossier_status($1, $2)', [await createDossier(candidate.id), 'approved']),
  },
  {
    chapter: 'case files: a move that is the staff’s, its statuses named',
    code: '42501',
    french: 'Vous ne pouvez pas faire passer ce dossier de soumis à en révision.',
    english: 'You cannot move this application from submitted to in review.',
    act: async ({ candidate }) => attempt(candidate.actor, 'select public.change_dossier_status($1, $2)',
      [await createDossier(candidate.id, { status: 'submitted' }), 'in_review']),
  },
  {
    chapter: 'case files: documents to replace before submitting, named in the checklist’s order',
    code: '55000',
    french: 'Remplacez d’abord ces documents refusés ou expirés : Passeport, Photo d’identité.',
    english: 'First replace these refused or expired documents: Passport, ID photo.',
    act: async ({ candidate }) => {
      const draft = await createDossier(candidate.id, { programType: 'work_permit' });
      await createDocument(draft, candidate.id, { kind: 'photo', status: 'rejected' });
      await createDocument(draft, candidate.id, { kind: 'passport', status: 'rejected' });
      return attempt(candidate.actor, 'select public.change_dossier_status($1, $2)', [draft, 'submitted']);
    },
  },
  {
    chapter: 'documents: a review of a document out of reach',
    code: '42501',
    french: 'Document introuvable ou hors de votre portefeuille.',
    english: 'Document not found, or not among the applications you handle.',
    act: ({ candidate }) => attempt(candidate.actor, 'select public.review_document($1, $2)', [nowhere, 'approved']),
  },
  {
    chapter: 'chat: the reply time of a consultant who is not yours',
    code: '42501',
    french: 'Délai de réponse visible seulement par les candidats de ce consultant.',
    english: 'Only this consultant’s applicants can see their reply time.',
    act: ({ candidate }) => attempt(candidate.actor, 'select public.pro_reply_minutes($1)', [nowhere]),
  },
  {
    chapter: 'community: a search too long',
    code: '22023',
    french: 'La recherche ne peut dépasser 200 caractères.',
    english: 'A search cannot be longer than 200 characters.',
    act: ({ candidate }) => attempt(candidate.actor, 'select * from public.search_posts($1)', ['a'.repeat(201)]),
  },
  {
    chapter: 'live: registering for a Live session that does not exist',
    code: 'P0002',
    french: 'Live introuvable.',
    english: 'Live session not found.',
    act: ({ candidate }) => attempt(candidate.actor, 'select id from public.register_for_event($1)', [nowhere]),
  },
  {
    chapter: 'admin: a role change without a role',
    code: '22023',
    french: 'Indiquez le rôle : candidat, consultant ou administrateur.',
    english: 'Give the role: applicant, consultant or administrator.',
    act: ({ candidate, admin }) => attempt(admin, 'select public.set_user_role($1, null)', [candidate.id]),
  },
  {
    chapter: 'privacy: erasure without the confirmation word',
    code: '22023',
    french: 'Tapez SUPPRIMER pour confirmer la suppression du compte.',
    english: 'Type SUPPRIMER to confirm deleting your account.',
    act: ({ candidate }) => attempt(candidate.actor, 'select public.erase_my_account($1)', ['non']),
  },
  {
    chapter: 'tasks: completing a task that does not exist',
    code: 'P0002',
    french: 'Tâche introuvable.',
    english: 'Task not found.',
    act: ({ candidate }) => attempt(candidate.actor, 'select public.complete_task($1)', [nowhere]),
  },
];

let french: Cast;
let english: Cast;

beforeAll(async () => {
  [french, english] = await Promise.all([createCast('fr-CA'), createCast('en-CA')]);
});

describe('a refusal speaks the language of the member who called', () => {
  it.each(refusals)('$chapter ($code)', async ({ code, french: frenchSentence, english: englishSentence, act }) => {
    expect(await act(french)).toEqual({ ok: false, code, message: frenchSentence });
    expect(await act(english)).toEqual({ ok: false, code, message: englishSentence });
  });

  it('follows the locale as the member changes it', async () => {
    const { candidate } = await createCast('fr-FR');
    const refuse = () => attempt(candidate.actor, 'select public.erase_my_account($1)', ['non']);
    expect(await refuse()).toMatchObject({ message: 'Tapez SUPPRIMER pour confirmer la suppression du compte.' });
    expect(await attempt(candidate.actor, 'update public.accounts set locale = $2 where user_id = $1', [candidate.id, 'en-CA']))
      .toMatchObject({ ok: true, rowCount: 1 });
    expect(await refuse()).toMatchObject({ message: 'Type SUPPRIMER to confirm deleting your account.' });
  });

  it('keeps the account’s language whatever language the request asks for', async () => {
    const refuse = ({ candidate }: Cast, acceptLanguage: string) =>
      attempt(candidate.actor, 'select public.erase_my_account($1)', ['non'], { headers: { 'accept-language': acceptLanguage } });
    expect(await refuse(french, 'en-CA,en;q=0.9')).toMatchObject({ message: 'Tapez SUPPRIMER pour confirmer la suppression du compte.' });
    expect(await refuse(english, 'fr-CA,fr;q=0.9')).toMatchObject({ message: 'Type SUPPRIMER to confirm deleting your account.' });
  });

  it('is French for a caller without an account: the unsubscribe link the service role checks', async () => {
    expect(await attempt(serviceRole, 'select public.unsubscribe_email($1, $2)', ['not-a-token', 'community']))
      .toEqual({ ok: false, code: 'P0002', message: 'Ce lien de désabonnement n’est pas valide.' });
  });

  it('and so does the sentence of a constraint the member runs into (public.constraint_messages)', async () => {
    // As the web app does: the constraint named in the 23xxx error, its sentence read as the member.
    const explain = async ({ candidate }: Cast) => {
      const refused = await attempt(candidate.actor, `update public.profiles set full_name = '' where id = $1`, [candidate.id]);
      expect(refused).toMatchObject({ ok: false, code: '23514' });
      const constraint = refused.ok ? '' : /constraint "([^"]+)"/.exec(refused.message)?.[1];
      return attempt(candidate.actor, 'select message from public.constraint_messages where constraint_name = $1', [constraint]);
    };
    expect(await explain(french)).toEqual({ ok: true, rowCount: 1, rows: [{ message: 'Le nom doit compter de 1 à 120 caractères.' }] });
    expect(await explain(english)).toEqual({ ok: true, rowCount: 1, rows: [{ message: 'A name must be 1 to 120 characters long.' }] });
    expect(await attempt(anon, 'select message from public.constraint_messages where constraint_name = $1', ['profiles_full_name_length']))
      .toMatchObject({ rows: [{ message: 'Le nom doit compter de 1 à 120 caractères.' }] });
  });
});

describe('a caller without an account reads the language their request asks for', () => {
  const frenchRule = 'Le nom doit compter de 1 à 120 caractères.';
  const englishRule = 'A name must be 1 to 120 characters long.';
  const explain = (actor: Actor, headers: Record<string, string>) =>
    attempt(actor, 'select message from public.constraint_messages where constraint_name = $1', ['profiles_full_name_length'], { headers });

  it.each([
    ['en-CA', englishRule],
    ['en-US,en;q=0.9,fr;q=0.8', englishRule],
    ['fr-CA', frenchRule],
    ['fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7', frenchRule],
    ['de-DE', frenchRule],
  ])('a visitor whose browser asks for %s', async (acceptLanguage, sentence) => {
    expect(await explain(anon, { 'accept-language': acceptLanguage })).toEqual({ ok: true, rowCount: 1, rows: [{ message: sentence }] });
  });

  it('a visitor whose request names no language reads French', async () => {
    expect(await explain(anon, {})).toEqual({ ok: true, rowCount: 1, rows: [{ message: frenchRule }] });
  });

  it('the service role, acting on a one-click unsubscribe link, reads the request’s language', async () => {
    const unsubscribe = (headers: Record<string, string>) =>
      attempt(serviceRole, 'select public.unsubscribe_email($1, $2)', ['not-a-token', 'community'], { headers });
    expect(await unsubscribe({ 'accept-language': 'en-CA' }))
      .toEqual({ ok: false, code: 'P0002', message: 'This unsubscribe link is not valid.' });
    expect(await unsubscribe({ 'accept-language': 'fr-CA' }))
      .toEqual({ ok: false, code: 'P0002', message: 'Ce lien de désabonnement n’est pas valide.' });
  });

  it('reads Accept-Language as the web app and the edge functions do (contract/language.ts)', async () => {
    const headers = [
      '', 'en', 'EN-gb', 'fr', 'de-DE, en;q=0.8', 'de, fr;q=0.5, en;q=0.4', 'en;q=0.5, fr;q=0.5', 'fr;q=0, en;q=0.1',
      'en;q=0, fr;q=0', 'en;q=abc, fr;q=0.2', '*, en;q=0.9', 'en-CA;q=1.0,fr-CA;q=0.9', 'fr ; q=0.3, en;q=0.2', ' en-US ',
    ];
    const read = await inTransaction([['request.headers', '{}']], async (q) => {
      const languages: string[] = [];
      for (const header of headers) {
        const { rows } = await q.query<{ language: string }>(
          `select set_config('request.headers', $1, true), private.request_language() as language`,
          [JSON.stringify({ 'accept-language': header })],
        );
        languages.push(rows[0]!.language);
      }
      return languages;
    }, { rollback: true });
    expect(read).toEqual(headers.map((header) => languageFromAcceptLanguage(header)));
    expect(read).toContain('en');
    expect(read).toContain('fr');
  });
});
