// Plain SMTP without TLS or login, for the local mail catcher that `supabase start` runs (Mailpit,
// formerly Inbucket). Development only: hosted edge functions may not open SMTP ports. The SMTP
// dialogue and the MIME message (encoded headers, multipart bodies, dot-stuffing) are nodemailer's.
import nodemailer from 'nodemailer';
import { checkedAddress, type EmailProvider, SendError } from './provider.ts';

export type SmtpOptions = { host: string; port: number; heloName?: string };

/** nodemailer's SMTP errors carry the server's reply code: 5xx is permanent, the rest retryable. */
function sendError(error: unknown): SendError {
  const code = (error as { responseCode?: number }).responseCode;
  const permanent = typeof code === 'number' && code >= 500 && code < 600;
  return new SendError(`SMTP: ${error instanceof Error ? error.message : String(error)}`, permanent);
}

export function smtpProvider(options: SmtpOptions): EmailProvider {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: false,
    ignoreTLS: true,
    name: options.heloName ?? 'capitune.local',
  });
  return {
    name: 'smtp',
    async send(email, signal) {
      const message = {
        from: { name: email.from.name, address: checkedAddress(email.from.email) },
        to: checkedAddress(email.to),
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<outbox-${email.outboxId}.${crypto.randomUUID()}@capitune.local>`,
        // nodemailer writes each value on one line (a CR or LF in it cannot start a Bcc: header).
        headers: { 'X-Capitune-Outbox-Id': email.outboxId, ...email.headers },
      };
      let onAbort = () => {};
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(new SendError('SMTP: timed out'));
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      });
      try {
        await Promise.race([
          transport.sendMail(message).catch((error: unknown) => Promise.reject(sendError(error))),
          aborted,
        ]);
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
