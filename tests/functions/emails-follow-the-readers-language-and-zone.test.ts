// Two members register for the same event: one reads French in Toronto, the other English in Tokyo.
// send-emails writes each one's email in their language with the start in their zone, the zone named
// in words; the unsubscribe link of the English email opens an English page. Its own database: the
// sender takes every due email.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { timeZoneName } from '../../supabase/functions/_shared/contract/time-zone-names.ts';
import { attempt, closeDb, ok, one, owner, useDatabase } from '../support/db.ts';
import { type RunningFunction, startFunction } from '../support/edge-functions.ts';
import { mailOf, recipientOf, type Sender, startSender } from '../support/email-sender.ts';
import { type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.ts';
import { createEvent } from '../support/community.ts';
import { createMember, type Member } from '../support/world.ts';

let database: IsolatedDatabase | undefined;
let sendgrid: StandIn;
let sender: Sender;
let unsubscribe: RunningFunction;

beforeAll(async () => {
  database = await createIsolatedDatabase('functions_reader_language');
  if (!database) return;
  await useDatabase(database.url);
  sendgrid = await startStandIn();
  unsubscribe = await startFunction('unsubscribe', { databaseUrl: database.url });
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
const htmlOf = (mail: Mail) => mail.content.find((c) => c.type === 'text/html')!.value;
const linkOf = (mail: Mail) => /^<(.+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';

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

    expect((await sender.run()).status).toBe(200);
    const [french] = mailsTo(awa);
    const [english] = mailsTo(kenji);
    expect(mailsTo(awa)).toHaveLength(1);
    expect(mailsTo(kenji)).toHaveLength(1);

    expect(french!.subject).toBe('Inscription confirmée : Entrée express');
    expect(textOf(french!)).toMatch(/^Bonjour Awa Ndiaye,/);
    expect(textOf(french!)).toContain(`Rendez-vous le ${startIn(startsAt, 'fr-CA', 'America/Toronto')}.`);
    expect(textOf(french!)).toContain("(heure de l'Est)");
    expect(htmlOf(french!)).toContain('<html lang="fr">');

    expect(english!.subject).toBe('Registration confirmed: Entrée express');
    expect(textOf(english!)).toMatch(/^Hello Kenji Sato,/);
    expect(textOf(english!)).toContain(`See you on ${startIn(startsAt, 'en-CA', 'Asia/Tokyo')}.`);
    expect(textOf(english!)).toContain('(Japan Time)');
    expect(htmlOf(english!)).toContain('<html lang="en">');
    expect(textOf(english!)).not.toMatch(/Bonjour|Rendez-vous|heure/);

    // The one-click link of each email opens its confirmation page in the member's language.
    const page = async (mail: Mail) => (await fetch(linkOf(mail))).text();
    expect(await page(english!)).toMatch(/<html lang="en">[\s\S]*You will no longer receive “Live events” emails/);
    expect(await page(french!)).toMatch(/<html lang="fr">[\s\S]*Vous ne recevrez plus les courriels « Événements Live »/);
  });
});
