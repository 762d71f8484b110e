// Members register for an event: one reads French in Toronto, one English in Tokyo, one English in
// Vancouver. send-emails writes each one's email in their language with the start in their zone, the
// zone named in words, and that start is the very text of their in-app notification: the database
// writes both (private.member_local_time), so the email cannot read another wall time than the
// notification, whatever tzdata the Deno runtime carries. Its own database: the sender takes every due email.
import { describe, expect, inject, it } from 'vitest';
import { attempt, ok, one, owner } from '../support/db.ts';
import { htmlOf, textOf, useEmailDelivery } from '../support/email-delivery.ts';
import { createEvent } from '../support/community.ts';
import { notificationsOf } from '../support/notifications.ts';
import { createMember, type Member } from '../support/world.ts';

const emails = useEmailDelivery('functions_reader_language');
const { mailsTo } = emails;

async function memberIn(fullName: string, timeZone: string, locale: string): Promise<Member> {
  const member = await createMember({ fullName });
  await owner('update public.accounts set time_zone = $2, locale = $3 where user_id = $1', [member.id, timeZone, locale]);
  return member;
}

/** The start as the member's registration notification shows it. */
async function startInNotification(member: Member): Promise<string> {
  const [notification] = await notificationsOf(member.id, 'event_registered');
  return notification!.body;
}

describe.skipIf(!inject('superuserUrl'))('emails in the reader’s language and zone', () => {
  it('a French member in Toronto and an English member in Tokyo each get their own email for the same event', async () => {
    const [awa, kenji] = await Promise.all([
      memberIn('Awa Ndiaye', 'America/Toronto', 'fr-CA'),
      memberIn('Kenji Sato', 'Asia/Tokyo', 'en-CA'),
    ]);
    const event = await createEvent({ capacity: 10, startsIn: '3 days', title: 'Entrée express' });
    for (const m of [awa, kenji]) await ok(attempt(m.actor, 'select id from public.register_for_event($1)', [event]));

    expect((await emails.sender.run()).status).toBe(200);
    const [french] = mailsTo(awa);
    const [english] = mailsTo(kenji);
    expect(mailsTo(awa)).toHaveLength(1);
    expect(mailsTo(kenji)).toHaveLength(1);

    expect(french!.subject).toBe('Inscription confirmée\u00a0: Entrée express');
    expect(textOf(french!)).toMatch(/^Bonjour Awa Ndiaye,/);
    expect(textOf(french!)).toContain(`Rendez-vous le ${await startInNotification(awa)}.`);
    expect(textOf(french!)).toContain("(heure de l’Est)");
    expect(htmlOf(french!)).toContain('<html lang="fr">');

    expect(english!.subject).toBe('Registration confirmed: Entrée express');
    expect(textOf(english!)).toMatch(/^Hello Kenji Sato,/);
    expect(textOf(english!)).toContain(`See you on ${await startInNotification(kenji)}.`);
    expect(textOf(english!)).toContain('(Japan Standard Time)');
    expect(htmlOf(english!)).toContain('<html lang="en">');
    expect(textOf(english!)).not.toMatch(/Bonjour|Rendez-vous|heure/);
    // The unsubscribe line too; its page (web/app/(public)/desabonnement) speaks the visitor's language.
    expect(textOf(english!)).toMatch(/^Stop receiving this kind of email: http:\/\/localhost:3000\/desabonnement\?token=[0-9a-f]{64}&kind=events$/m);
  });

  it('a Vancouver member’s email gives a winter event the wall time of their notification, the database’s', async () => {
    // British Columbia stays on UTC−7 from 2026-11-01 (IANA tzdata 2026b); runtimes with older tzdata
    // (Node's and Deno's ICU 2025c) still put Vancouver on UTC−8 in winter. The next 15 January at
    // 12:00 UTC after a week from now, so the event is ahead and in winter whatever day the suite runs.
    const lena = await memberIn('Lena Fischer', 'America/Vancouver', 'en-CA');
    const event = await createEvent({ capacity: 10, title: 'Permis d’études' });
    const { starts_at: startsAt } = await one<{ starts_at: Date }>(
      `with y as (select extract(year from now() + interval '7 days')::integer as year),
            jan as (select make_timestamptz(year, 1, 15, 12, 0, 0, 'UTC') as this_year,
                           make_timestamptz(year + 1, 1, 15, 12, 0, 0, 'UTC') as next_year from y)
       update public.events e set starts_at = s.at, ends_at = s.at + interval '1 hour'
       from (select case when this_year > now() + interval '7 days' then this_year else next_year end as at from jan) s
       where e.id = $1 returning e.starts_at`,
      [event],
    );
    await ok(attempt(lena.actor, 'select id from public.register_for_event($1)', [event]));

    expect((await emails.sender.run()).status).toBe(200);
    expect(mailsTo(lena)).toHaveLength(1);
    const start = await startInNotification(lena);
    // The notification is the database's reading of the instant in America/Vancouver.
    const { hour } = await one<{ hour: string }>(
      `select to_char($1::timestamptz at time zone 'America/Vancouver', 'FMHH12:MI AM') as hour`,
      [startsAt],
    );
    expect(start).toContain(`, ${hour} (`);
    expect(textOf(mailsTo(lena)[0]!)).toContain(`See you on ${start}.`);
  });
});
