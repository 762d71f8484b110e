// The emails as a member gets them: a database of its own (the sender takes every due email), the
// send-emails function wired to a SendGrid stand-in, the unsubscribe function beside it, and how to
// read what the stand-in got. Call at a test file's top level: it registers its own set-up and tear-down.
import { afterAll, beforeAll } from 'vitest';
import { closeDb, useDatabase } from './db.ts';
import { type RunningFunction, startFunction } from './edge-functions.ts';
import { mailOf, recipientOf, type Sender, type SendgridMail, startSender } from './email-sender.ts';
import { type StandIn, startStandIn } from './http-stand-in.ts';
import { createIsolatedDatabase, type IsolatedDatabase } from './isolated-database.ts';
import type { Member } from './world.ts';

export type DeliveredMail = SendgridMail & { headers?: Record<string, string> };

export type EmailDelivery = {
  sendgrid: StandIn;
  sender: Sender;
  unsubscribe: RunningFunction;
  mailsTo(member: Member): DeliveredMail[];
};

export const textOf = (mail: DeliveredMail) => mail.content.find((c) => c.type === 'text/plain')!.value;
export const htmlOf = (mail: DeliveredMail) => mail.content.find((c) => c.type === 'text/html')!.value;
/** The one-click address of the List-Unsubscribe header (the unsubscribe function). */
export const oneClickLinkOf = (mail: DeliveredMail) => /^<(.+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';

export function useEmailDelivery(databaseName: string): EmailDelivery {
  let database: IsolatedDatabase | undefined;
  const delivery = { mailsTo: (member: Member) =>
    delivery.sendgrid.requests.filter((r) => recipientOf(r) === member.email).map((r) => mailOf(r) as DeliveredMail) } as EmailDelivery;
  beforeAll(async () => {
    database = await createIsolatedDatabase(databaseName);
    if (!database) return;
    await useDatabase(database.url);
    delivery.sendgrid = await startStandIn();
    delivery.unsubscribe = await startFunction('unsubscribe', { databaseUrl: database.url });
    // The function's address for mail clients, as .env.example says to set it when SUPABASE_URL is internal.
    delivery.sender = await startSender(database.url, delivery.sendgrid, { EMAIL_UNSUBSCRIBE_URL: delivery.unsubscribe.url });
    await delivery.sender.run(); // whatever the seed queued goes now
  });
  afterAll(async () => {
    await Promise.all([delivery.sender?.stop(), delivery.unsubscribe?.stop(), delivery.sendgrid?.close()]);
    await closeDb();
    await database?.drop();
  });
  return delivery;
}
