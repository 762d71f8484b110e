// Every link a member can receive leads to a page of web/app: the link of every notification the
// SQL triggers write (each kind caused here as members cause it, plus whatever the seed caused),
// every link of every email the send-emails function sends for them, and the links of Supabase
// Auth's email templates. Pages are read from web/app itself, so a renamed page or a misspelt
// link fails here. It runs in a database of its own: the sender drains the whole outbox.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../scripts/db/prepare-database.ts';
import { createComment, createEvent, createLike, createPost } from '../support/community.ts';
import { as, closeDb, owner, serviceRole, type Actor, useDatabase } from '../support/db.ts';
import { TEST_SITE_URL } from '../support/edge-functions.ts';
import { mailOf, type Sender, startSender } from '../support/email-sender.ts';
import { type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.ts';
import { routeFor, webRoutes } from '../support/web-pages.ts';
import { clearRateLimits, createDocument, createDossier, createMember } from '../support/world.ts';

const pages = webRoutes();

let database: IsolatedDatabase | undefined;
let sendgrid: StandIn;
let sender: Sender;

beforeAll(async () => {
  database = await createIsolatedDatabase('functions_links');
  if (!database) return;
  await useDatabase(database.url);
  sendgrid = await startStandIn();
  sender = await startSender(database.url, sendgrid);
  await causeEveryNotificationKind();
  expect((await sender.run()).status).toBe(200);
});
afterAll(async () => {
  await Promise.all([sender?.stop(), sendgrid?.close()]);
  await closeDb(); // this file's pool goes before its database
  await database?.drop();
});

/** One member's step; their per-user write limit (one a second) is cleared first, as these run back to back. */
async function call(actor: Actor, sql: string, params: unknown[] = []) {
  if (actor.kind === 'user') await clearRateLimits(actor.id);
  return as(actor, (q) => q.query(sql, params));
}

/** Each kind of public.notification_kind, caused the way members and the scheduler cause it. */
async function causeEveryNotificationKind(): Promise<void> {
  const [candidate, pro, admin, first, second] = await Promise.all([
    createMember({ fullName: 'Awa Ndiaye' }),
    createMember({ role: 'pro', fullName: 'Julien Roy' }),
    createMember({ role: 'admin' }),
    createMember(),
    createMember(),
  ]);
  // A dossier: a message, a document review and a status change (message_received,
  // document_reviewed, dossier_status_changed).
  const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review', title: 'Entrée express' });
  const document = await createDocument(dossier, candidate.id, { fileName: 'passeport.pdf' });
  await call(pro.actor, `insert into public.messages (dossier_id, body) values ($1, 'Bonjour Awa')`, [dossier]);
  await call(pro.actor, `select public.review_document($1, 'rejected', 'Photo illisible')`, [document.id]);
  await call(pro.actor, `select public.change_dossier_status($1, 'action_required', 'Il manque le passeport')`, [dossier]);
  // A one-seat event: a seat, the waitlist, a promotion, then a cancellation.
  const event = await createEvent({ capacity: 1, title: 'Permis d’études' });
  await call(first.actor, `select public.register_for_event($1)`, [event]);
  await call(second.actor, `select public.register_for_event($1)`, [event]);
  await call(first.actor, `select public.unregister_from_event($1)`, [event]);
  await call(admin.actor, `select public.cancel_event($1, 'Intervenante malade')`, [event]);
  // An event tomorrow: the scheduler's reminder.
  const tomorrow = await createEvent({ startsIn: '20 hours', title: 'Entrée express 2027' });
  await call(first.actor, `select public.register_for_event($1)`, [tomorrow]);
  await call(serviceRole, `select public.enqueue_event_reminders()`);
  // Tasks: one given to the candidate (task_assigned), due today in the member's zone (task_reminder)
  // or yesterday (task_overdue, to the pro), and a document expiring in 30 days (document_expiring).
  await call(pro.actor, `select public.create_task($1, 'Certificat de police', null, (now() at time zone 'America/Toronto')::date)`, [dossier]);
  await call(pro.actor, `select public.create_task($1, 'Signer le mandat', null, (now() at time zone 'America/Toronto')::date - 1)`, [dossier]);
  const expiring = await createDocument(dossier, candidate.id, { fileName: 'tef.pdf', kind: 'language_test' });
  await owner(`update public.documents set expires_on = (now() at time zone 'America/Toronto')::date + 30 where id = $1`, [expiring.id]);
  await call(serviceRole, `select public.enqueue_task_reminders()`);
  // An Inside post, answered and liked by someone else.
  const post = await createPost(candidate.id, { title: 'Biométrie à Montréal' });
  await clearRateLimits(second.id);
  await createComment(post, second.id, { body: 'Environ six mois.' });
  await clearRateLimits(second.id);
  await createLike(post, second.id);
  // An admin suspends a member (account_suspended: an email that always goes).
  await call(admin.actor, `select public.set_account_status($1, 'suspended')`, [first.id]);
}

/** Every absolute URL of an email: the HTML's href attributes and the URLs of the text part. */
function linksOf(html: string, text: string): string[] {
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  const urls = text.match(/https?:\/\/[^\s>]+/g) ?? [];
  return [...new Set([...hrefs, ...urls])];
}

/** The link if it opens no page of web/app (or leaves the site), else null. */
function broken(link: string, origin = TEST_SITE_URL): string | null {
  const url = new URL(link, origin);
  if (url.origin !== new URL(origin).origin) return link;
  return routeFor(url.pathname, pages) ? null : link;
}

describe.skipIf(!inject('superuserUrl'))('links members receive', () => {
  it('the page finder knows the pages: /profil is one, /profile is not', () => {
    expect(pages).toContain('/dossiers/[id]');
    expect(routeFor('/profil', pages)).toBe('/profil');
    expect(routeFor('/dossiers/6f1c1a52-3c55-4e3f-9d7e-0b0f3c1d2e4f?onglet=messages', pages)).toBe('/dossiers/[id]');
    expect(routeFor('/auth/confirm?token_hash=x&type=email', pages)).toBe('/auth/confirm');
    for (const missing of ['/profile', '/dossier/1', '/live/1/2', '/admin/evenements/1/inscrits']) {
      expect(routeFor(missing, pages), missing).toBeUndefined();
    }
  });

  it('every kind of notification was caused, and every notification’s link opens a page', async () => {
    const { rows: kinds } = await owner<{ kind: string }>(
      `select unnest(enum_range(null::public.notification_kind))::text as kind order by 1`);
    const { rows } = await owner<{ kind: string; link: string | null }>(
      `select distinct kind::text, link from public.notifications order by 1, 2`);
    expect([...new Set(rows.map((r) => r.kind))].sort()).toEqual(kinds.map((k) => k.kind));
    for (const { kind } of kinds) expect(rows.filter((r) => r.kind === kind && r.link), kind).not.toEqual([]);
    const brokenLinks = rows.filter((r) => r.link && broken(r.link)).map((r) => `${r.kind}: ${r.link}`);
    expect(brokenLinks).toEqual([]);
  });

  it('every email sent for them links only to pages, its footer’s « Gérer mes préférences » included', async () => {
    const { rows: emailKinds } = await owner<{ kind: string }>(
      `select k::text as kind from unnest(enum_range(null::public.notification_kind)) k
       where private.kind_sends_email(k) order by 1`);
    const { rows: outbox } = await owner<{ template: string; status: string }>(
      `select distinct template::text, status from public.email_outbox order by 1`);
    expect(outbox.map((r) => r.template)).toEqual(emailKinds.map((k) => k.kind));
    expect(outbox.every((r) => r.status === 'sent')).toBe(true);

    const mails = sendgrid.requests.map(mailOf);
    expect(mails.length).toBeGreaterThanOrEqual(emailKinds.length);
    const brokenLinks: string[] = [];
    for (const mail of mails) {
      const part = (type: string) => mail.content.find((c) => c.type === type)?.value ?? '';
      const links = linksOf(part('text/html'), part('text/plain'));
      expect(links.length, mail.subject).toBeGreaterThanOrEqual(2); // its action and the preferences
      // The unsubscribe line is a page too (/desabonnement); the one-click function is only in the headers.
      for (const link of links) if (broken(link)) brokenLinks.push(`${mail.subject}: ${link}`);
    }
    expect(brokenLinks).toEqual([]);
  });

  it('the links of Supabase Auth’s email templates open pages', () => {
    const config = readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8');
    const templates = [...config.matchAll(/^\[auth\.email\.template\.\w+\]\n(?:.*\n)*?content_path = "(.+)"$/gm)]
      .map((m) => readFileSync(path.join(repoRoot, m[1]!), 'utf8'));
    expect(templates.length).toBeGreaterThan(0);
    for (const html of templates) {
      // GoTrue fills {{ .SiteURL }} with the project's site URL and the other fields with tokens.
      const links = linksOf(html.replaceAll('{{ .SiteURL }}', TEST_SITE_URL).replace(/\{\{[^}]*\}\}/g, 'x'), '');
      expect(links).not.toEqual([]);
      expect(links.filter((link) => broken(link))).toEqual([]);
    }
  });
});
