// The chat's emails as a member gets them: send-emails delivers the first unread message at once and
// the messages of the next 15 minutes as one digest, each carrying RFC 8058's one-click headers (the
// unsubscribe function) and, in its text, the link to the web app's page. The function needs no
// sign-in: a one-click POST turns the kind off, a GET (a person, or a mail scanner) is sent to the
// page without changing anything, and a tampered link is refused.
import { describe, expect, inject, it } from 'vitest';
import { owner } from '../support/db.ts';
import { TEST_SITE_URL } from '../support/edge-functions.ts';
import { oneClickLinkOf, textOf, useEmailDelivery } from '../support/email-delivery.ts';
import { createDossier, createMember, type Member } from '../support/world.ts';

const emails = useEmailDelivery('functions_chat_digests');
const { mailsTo } = emails;

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
    expect((await emails.sender.run()).status).toBe(200);
    await emails.sender.run(); // nothing more
    const mails = mailsTo(candidate); // sent concurrently: in any order
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '3 nouveaux messages — Résidence permanente',
      'Nouveau message de Julien Roy — Résidence permanente',
    ]);
    const digest = textOf(mails.find((m) => m.subject.startsWith('3 '))!);
    // Each time as the database writes the candidate's notifications (their zone and language).
    const { rows: times } = await owner<{ at: string }>(
      `select private.member_local_time(m.created_at, $1) as at from public.messages m
       join public.dossiers d on d.id = m.dossier_id where d.candidate_id = $1 order by m.created_at offset 1`,
      [candidate.id],
    );
    expect(digest.match(/^• .+$/gm)).toEqual(times.map(({ at }) => `• Julien Roy, le ${at}`));
    expect(times[0]!.at).toMatch(/\(heure de l’Est\)$/);
    expect(digest).toContain('le contenu des messages n’est pas envoyé par courriel');
    expect(JSON.stringify(mails)).not.toContain('Contenu confidentiel');
    expect(mailsTo(pro)).toEqual([]);
  });

  it('every chat email carries the one-click headers, and in its text the web page for the same token', async () => {
    const { candidate } = await chatAnHourAgo([0]);
    await emails.sender.run();
    const [mail] = mailsTo(candidate);
    const link = oneClickLinkOf(mail!);
    expect(link).toMatch(new RegExp(`^${emails.unsubscribe.url}/\\?token=[0-9a-f]{64}&kind=messages$`));
    expect(mail!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const page = `${TEST_SITE_URL}/desabonnement${new URL(link).search}`;
    expect(textOf(mail!)).toContain(`Ne plus recevoir ce type de courriel\u202f: ${page}`);
    expect(textOf(mail!)).not.toContain('/functions/v1/');
  });

  it('the one-click link works without signing in: a GET changes nothing and leads to the page, the POST turns chat emails off', async () => {
    const { candidate, pro, dossier } = await chatAnHourAgo([0]);
    await emails.sender.run();
    const link = oneClickLinkOf(mailsTo(candidate)[0]!);

    // A person (or a mail scanner) opening the header's address: sent to the page, nothing changed.
    const opened = await fetch(link, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`${TEST_SITE_URL}/desabonnement${new URL(link).search}`);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(opened.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await messagesOff(candidate)).toEqual([]);

    // What a mail client sends (RFC 8058 §3.2): no cookie, no authorization, that one field.
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.json()).toEqual({ unsubscribed: 'messages' });
    expect(await messagesOff(candidate)).toEqual([{ kind: 'messages', enabled: false }]);

    await owner(`insert into public.messages (dossier_id, sender_id, body) values ($1, $2, 'Encore un')`, [dossier, pro.id]);
    await owner(`update public.messages set read_at = now() where dossier_id = $1 and body <> 'Encore un'`, [dossier]);
    const { rows } = await owner(`select count(*)::int as n from public.email_outbox where user_id = $1 and status = 'pending'`, [candidate.id]);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('a multipart POST, as a form sends it, works too', async () => {
    const { candidate } = await chatAnHourAgo([0]);
    await emails.sender.run();
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const response = await fetch(oneClickLinkOf(mailsTo(candidate)[0]!), { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(await messagesOff(candidate)).toEqual([{ kind: 'messages', enabled: false }]);
  });

  it('refuses a tampered token, a required kind and a POST without the one-click field', async () => {
    const { candidate } = await chatAnHourAgo([0]);
    await emails.sender.run();
    const link = new URL(oneClickLinkOf(mailsTo(candidate)[0]!));
    const token = link.searchParams.get('token')!;
    const tampered = new URL(link);
    tampered.searchParams.set('token', `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`);
    const security = new URL(link);
    security.searchParams.set('kind', 'security');
    const post = (url: URL, body = 'List-Unsubscribe=One-Click') =>
      fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });

    const refused = await post(tampered);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: { code: 'not_found', message: 'Ce lien de désabonnement n’est pas valide ou a expiré.' } });
    expect((await post(security)).status).toBe(400);
    expect((await fetch(security, { redirect: 'manual' })).status).toBe(400); // not sent on to the page either
    expect((await post(link, 'List-Unsubscribe=Maybe')).status).toBe(400);
    expect((await fetch(link, { method: 'DELETE' })).status).toBe(405);
    expect(await messagesOff(candidate)).toEqual([]);
  });
});
