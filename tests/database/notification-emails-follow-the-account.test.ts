// Whether a notification also sends an email, and where, follows the account at the time: not when
// the member turned that kind of email off (email_preferences) or is suspended, and to the address they sign in with now.
import { describe, expect, it } from 'vitest';
import { attempt, ok, owner } from '../support/db.ts';
import {
  caseFile, createEvent, emailsOf, expectNotifiedOnce, notificationsOf, sendMessage,
} from '../support/notifications.ts';

describe('email preferences', () => {
  it('a member who turned chat and Live emails off still gets the notifications and their broadcasts, but no email', async () => {
    const c = await caseFile();
    for (const kind of ['messages', 'events']) {
      await ok(attempt(c.candidate.actor, `select public.set_email_preference($1, false)`, [kind]));
    }
    await sendMessage(c.pro, c.dossier, 'Votre dossier avance.');
    const event = await createEvent();
    await ok(attempt(c.candidate.actor, `select id from public.register_for_event($1)`, [event]));
    await expectNotifiedOnce(c.candidate, { kind: 'message_received', link: `/dossiers/${c.dossier}` }, 'no email');
    await expectNotifiedOnce(c.candidate, { kind: 'event_registered', link: `/live/${event}` }, 'no email');
    expect(await emailsOf(c.candidate.id)).toEqual([]);
  });

  it('the email goes to the address the member signs in with, as it is at the time', async () => {
    const c = await caseFile();
    await owner(`update auth.users set email = $2 where id = $1`, [c.candidate.id, `nouvelle-${c.candidate.email}`]);
    await sendMessage(c.pro, c.dossier, 'Nouvelle adresse ?');
    const emails = await emailsOf(c.candidate.id, 'message_received');
    expect(emails.map((e) => e.to_email)).toEqual([`nouvelle-${c.candidate.email}`]);
  });

  it('a suspended member gets no email', async () => {
    const c = await caseFile();
    await owner(`update public.accounts set status = 'suspended' where user_id = $1`, [c.candidate.id]);
    await sendMessage(c.pro, c.dossier, 'Message pendant la suspension.');
    expect(await notificationsOf(c.candidate.id, 'message_received')).toHaveLength(1);
    expect(await emailsOf(c.candidate.id)).toEqual([]);
  });
});
