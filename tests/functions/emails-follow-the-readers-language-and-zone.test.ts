// Two members register for the same event: one reads French in Toronto, the other English in Tokyo.
// send-emails writes each one's email in their language with the start in their zone, the zone named
// in words. Its own database: the sender takes every due email.
import { describe, expect, inject, it } from 'vitest';
import { timeZoneName } from '../../supabase/functions/_shared/contract/time-zone-names.ts';
import { attempt, ok, one, owner } from '../support/db.ts';
import { htmlOf, textOf, useEmailDelivery } from '../support/email-delivery.ts';
import { createEvent } from '../support/community.ts';
import { createMember, type Member } from '../support/world.ts';

const emails = useEmailDelivery('functions_reader_language');
const { mailsTo } = emails;

/** The start as Node's ICU writes it in that zone and language, then the zone as people name it. */
function startIn(at: Date, locale: string, timeZone: string): string {
  const wall = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);
  return `${wall} (${timeZoneName(timeZone, locale.startsWith('en') ? 'en' : 'fr', at)})`;
}

async function memberIn(fullName: string, timeZone: string, locale: string): Promise<Member> {
  const member = await createMember({ fullName });
  await owner('update public.accounts set time_zone = $2, locale = $3 where user_id = $1', [member.id, timeZone, locale]);
  return member;
}

describe.skipIf(!inject('superuserUrl'))('emails in the reader’s language and zone', () => {
  it('a French member in Toronto and an English member in Tokyo each get their own email for the same event', async () => {
    const [awa, kenji] = await Promise.all([
      memberIn('Awa Ndiaye', 'America/Toronto', 'fr-CA'),
      memberIn('Kenji Sato', 'Asia/Tokyo', 'en-CA'),
    ]);
    const event = await createEvent({ capacity: 10, startsIn: '3 days', title: 'Entrée express' });
    const { starts_at: startsAt } = await one<{ starts_at: Date }>('select starts_at from public.events where id = $1', [event]);
    for (const m of [awa, kenji]) await ok(attempt(m.actor, 'select id from public.register_for_event($1)', [event]));

    expect((await emails.sender.run()).status).toBe(200);
    const [french] = mailsTo(awa);
    const [english] = mailsTo(kenji);
    expect(mailsTo(awa)).toHaveLength(1);
    expect(mailsTo(kenji)).toHaveLength(1);

    expect(french!.subject).toBe('Inscription confirmée : Entrée express');
    expect(textOf(french!)).toMatch(/^Bonjour Awa Ndiaye,/);
    expect(textOf(french!)).toContain(`Rendez-vous le ${startIn(startsAt, 'fr-CA', 'America/Toronto')}.`);
    expect(textOf(french!)).toContain('(heure de l’Est)');
    expect(htmlOf(french!)).toContain('<html lang="fr">');

    expect(english!.subject).toBe('Registration confirmed: Entrée express');
    expect(textOf(english!)).toMatch(/^Hello Kenji Sato,/);
    expect(textOf(english!)).toContain(`See you on ${startIn(startsAt, 'en-CA', 'Asia/Tokyo')}.`);
    expect(textOf(english!)).toContain('(Japan Standard Time)');
    expect(htmlOf(english!)).toContain('<html lang="en">');
    expect(textOf(english!)).not.toMatch(/Bonjour|Rendez-vous|heure/);
    // The unsubscribe line too; its page (web/app/(public)/desabonnement) speaks the visitor's language.
    expect(textOf(english!)).toMatch(/^Stop receiving this kind of email: http:\/\/localhost:3000\/desabonnement\?token=[0-9a-f]{64}&kind=events$/m);
  });
});
