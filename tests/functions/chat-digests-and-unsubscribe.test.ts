// The chat's emails as a member gets them: send-emails delivers the first unread message at once and
// the messages of the next 15 minutes as one digest, each carrying RFC 8058's one-click headers and
// the same link in its text; the unsubscribe function serves that link without any sign-in (GET: a
// confirmation page; POST `List-Unsubscribe=One-Click`: the kind is off) and refuses a tampered one.
// Its own database: the sender takes every due email.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, owner, useDatabase } from '../support/db.ts';
import { type RunningFunction, startFunction } from '../support/edge-functions.ts';
import { mailOf, recipientOf, type Sender, startSender } from '../support/email-sender.ts';
import { type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.ts';
import { createDossier, createMember, type Member } from '../support/world.ts';

let database: IsolatedDatabase | undefined;
let sendgrid: StandIn;
let sender: Sender;
let unsubscribe: RunningFunction;

beforeAll(async () => {
  database = await createIsolatedDatabase('functions_chat_digests');
  if (!database) return;
  await useDatabase(database.url);
  sendgrid = await startStandIn();
  unsubscribe = await startFunction('unsubscribe', { databaseUrl: database.url });
  // The function's address for people, as .env.example says to set it when SUPABASE_URL is internal.
  sender = await startSender(database.url, sendgrid, { EMAIL_UNSUBSCRIBE_URL: unsubscribe.url });
  await sender.run(); // whatever the seed queued goes now
});
afterAll(async () => {
  await Promise.all([sender?.stop(), unsubscribe?.stop(), sendgrid?.close()]);
  await closeDb();
  await database?.drop();
});

type Mail = ReturnType<typeof mailOf> & { headers?: Record<string, string> };
const mailsTo = (member: Member) => sendgrid.requests.filter((r) => recipientOf(r) === member.email).map((r) => mailOf(r) as Mail);
const textOf = (mail: Mail) => mail.content.find((c) => c.type === 'text/plain')!.value;
const linkOf = (mail: Mail) => /^<(.+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';

/** A dossier whose pro wrote at these minutes of an hour ago (the database's clock: due now). */
async function chatAnHourAgo(minutes: number[]) {
  const [candidate, pro] = await Promise.all([createMember({ fullName: 'Nadia Haddad' }), createMember({ role: 'pro', fullName: 'Julien Roy' })]);
  const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review', title: 'Résidence permanente' });
  for (const minute of minutes) {
    await owner(
      `insert into public.messages (dossier_id, sender_id, body, created_at)
       values ($1, $2, $3, date_trunc('minute', now()) - interval '1 hour' + make_interval(mins => $4))`,
      [dossier, pro.id, `Contenu confidentiel ${minute}`, minute],
    );
  }
  return { candidate, pro, dossier };
}

const messagesOff = async (member: Member) =>
  (await owner(`select kind::text, enabled from public.email_preferences where user_id = $1`, [member.id])).rows;

describe.skipIf(!inject('superuserUrl'))('chat digests and one-click unsubscribe', () => {
  it('sends the first message at once and the messages of the next 15 minutes as one digest', async () => {
    const { candidate, pro } = await chatAnHourAgo([0, 2, 9, 14]);
    expect((await sender.run()).status).toBe(200);
    await sender.run(); // nothing more
    const mails = mailsTo(candidate); // sent concurrently: in any order
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '3 nouveaux messages — Résidence permanente',
      'Nouveau message de Julien Roy — Résidence permanente',
    ]);
    const digest = textOf(mails.find((m) => m.subject.startsWith('3 '))!);
    expect(digest.match(/^• Julien Roy, le .+ à \d+ h \d\d \(heure .+\)$/gm)).toHaveLength(3);
    expect(digest).toContain('le contenu des messages n’est pas envoyé par courriel');
    expect(JSON.stringify(mails)).not.toContain('Contenu confidentiel');
    expect(mailsTo(pro)).toEqual([]);
  });

  it('every chat email carries the one-click headers, and the same signed link in its text', async () => {
    const { candidate } = await chatAnHourAgo([0]);
    await sender.run();
    const [mail] = mailsTo(candidate);
    const link = linkOf(mail!);
    expect(link).toMatch(new RegExp(`^${unsubscribe.url}/\\?token=[0-9a-f]{64}&kind=messages$`));
    expect(mail!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(textOf(mail!)).toContain(`Ne plus recevoir ce type de courriel : ${link}`);
  });

  it('the link works without signing in: GET asks, a one-click POST turns chat emails off', async () => {
    const { candidate, pro, dossier } = await chatAnHourAgo([0]);
    await sender.run();
    const link = linkOf(mailsTo(candidate)[0]!);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<form method="post"[^>]*>[\s\S]*name="List-Unsubscribe" value="One-Click"[\s\S]*Me désabonner/);
    expect(await messagesOff(candidate)).toEqual([]); // a GET (a mail scanner) changes nothing

    // What a mail client sends (RFC 8058 §3.2): no cookie, no authorization, that one field.
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Vous ne recevrez plus les courriels « Messages de vos dossiers »');
    expect(await messagesOff(candidate)).toEqual([{ kind: 'messages', enabled: false }]);

    await owner(`insert into public.messages (dossier_id, sender_id, body) values ($1, $2, 'Encore un')`, [dossier, pro.id]);
    await owner(`update public.messages set read_at = now() where dossier_id = $1 and body <> 'Encore un'`, [dossier]);
    const { rows } = await owner(`select count(*)::int as n from public.email_outbox where user_id = $1 and status = 'pending'`, [candidate.id]);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('the confirmation page’s button (a form POST) works too', async () => {
    const { candidate } = await chatAnHourAgo([0]);
    await sender.run();
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const response = await fetch(linkOf(mailsTo(candidate)[0]!), { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(await messagesOff(candidate)).toEqual([{ kind: 'messages', enabled: false }]);
  });

  it('refuses a tampered token, a required kind and a POST without the one-click field', async () => {
    const { candidate } = await chatAnHourAgo([0]);
    await sender.run();
    const link = new URL(linkOf(mailsTo(candidate)[0]!));
    const token = link.searchParams.get('token')!;
    const tampered = new URL(link);
    tampered.searchParams.set('token', `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`);
    const security = new URL(link);
    security.searchParams.set('kind', 'security');
    const post = (url: URL, body = 'List-Unsubscribe=One-Click') =>
      fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });

    expect((await fetch(tampered)).status).toBe(404);
    const refused = await post(tampered);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain('Ce lien de désabonnement n’est pas valide');
    expect((await post(security)).status).toBe(400);
    expect((await post(link, 'List-Unsubscribe=Maybe')).status).toBe(400);
    expect((await fetch(link, { method: 'DELETE' })).status).toBe(405);
    expect(await messagesOff(candidate)).toEqual([]);
  });
});
