// SendGrid v3 Mail Send (POST /v3/mail/send, 202 Accepted). Production provider.
import { checkedAddress, type EmailProvider, type OutgoingEmail, SendError } from './provider.ts';

export type SendgridOptions = { apiKey: string; baseUrl: string; fetch?: typeof fetch };

export function sendgridProvider(options: SendgridOptions): EmailProvider {
  const endpoint = new URL('/v3/mail/send', options.baseUrl).href;
  const doFetch = options.fetch ?? fetch;
  return {
    name: 'sendgrid',
    async send(email, signal) {
      const body = JSON.stringify(sendgridBody(email));
      let response: Response;
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers: { Authorization: `Bearer ${options.apiKey}`, 'Content-Type': 'application/json' },
          body,
          signal,
        });
      } catch (error) {
        const timedOut = signal.aborted || (error instanceof DOMException && error.name === 'TimeoutError');
        throw new SendError(timedOut ? 'SendGrid: timed out' : `SendGrid unreachable: ${String(error)}`);
      }
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      const detail = (await response.text().catch(() => '')).slice(0, 500);
      // 400/413: SendGrid refuses this message as built; other statuses (401, 403, 429, 5xx) may pass later.
      throw new SendError(`SendGrid ${response.status}: ${detail}`, response.status === 400 || response.status === 413);
    },
  };
}

/** The v3 request body: text part first (the API requires text/plain before text/html). */
export function sendgridBody(email: OutgoingEmail) {
  return {
    personalizations: [{ to: [{ email: checkedAddress(email.to) }] }],
    from: { email: email.from.email, name: email.from.name },
    subject: email.subject,
    content: [
      { type: 'text/plain', value: email.text },
      { type: 'text/html', value: email.html },
    ],
    ...(email.headers ? { headers: email.headers } : {}),
    categories: [email.kind],
    custom_args: { outbox_id: email.outboxId },
    tracking_settings: { click_tracking: { enable: false }, open_tracking: { enable: false } },
  };
}
