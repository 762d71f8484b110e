import assert from 'node:assert/strict';
import type { OutgoingEmail } from './provider.ts';
import { SendError } from './provider.ts';
import { smtpProvider } from './smtp.ts';

const email: OutgoingEmail = {
  outboxId: '7',
  kind: 'message_received',
  to: 'awa@example.test',
  from: { email: 'notifications@capitune.local', name: 'CAPITUNE Équipe' },
  subject: 'Nouveau message de Julie — Entrée express',
  text: 'Bonjour,\n.\nligne',
  html: '<p>é</p>',
};

type Conversation = { commands: string[]; message: string };

/**
 * A mail catcher in miniature on a real socket: answers the SMTP dialogue as Mailpit does (no TLS,
 * no login), records the commands and the message, and answers `rcptReply` to RCPT.
 */
async function withCatcher(rcptReply: string, fn: (port: number) => Promise<void>): Promise<Conversation> {
  const listener = Deno.listen({ hostname: '127.0.0.1', port: 0 });
  const seen: Conversation = { commands: [], message: '' };
  const serving = (async () => {
    const conn = await listener.accept();
    const write = (line: string) => conn.write(new TextEncoder().encode(`${line}\r\n`));
    await write('220 catcher ready');
    let buffer = '';
    let inData = false;
    const chunk = new Uint8Array(65536);
    for (;;) {
      const n = await conn.read(chunk).catch(() => null);
      if (n === null) break;
      buffer += new TextDecoder().decode(chunk.subarray(0, n));
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') (inData = false), await write('250 queued');
          else seen.message += `${line}\r\n`;
          continue;
        }
        seen.commands.push(line);
        if (/^(EHLO|HELO)/.test(line)) await write('250-catcher\r\n250 8BITMIME');
        else if (line.startsWith('RCPT')) await write(rcptReply);
        else if (line === 'DATA') (inData = true), await write('354 go ahead');
        else if (line === 'QUIT') await write('221 bye');
        else await write('250 ok');
      }
    }
    conn.close();
  })();
  try {
    await fn((listener.addr as Deno.NetAddr).port);
  } finally {
    listener.close();
    await serving.catch(() => undefined);
  }
  return seen;
}

/** The header block, unfolded (RFC 5322 §2.2.3). */
const headersOf = (message: string) => message.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]/g, ' ');

Deno.test('SMTP delivers one multipart message to the catcher', async () => {
  const { commands, message } = await withCatcher(
    '250 ok',
    (port) => smtpProvider({ host: '127.0.0.1', port }).send(email, AbortSignal.timeout(5_000)),
  );
  assert.equal(commands[0], 'EHLO capitune.local');
  assert.match(commands.find((c) => c.startsWith('MAIL FROM')) ?? '', /^MAIL FROM:<notifications@capitune\.local>/);
  assert.equal(commands.find((c) => c.startsWith('RCPT')), 'RCPT TO:<awa@example.test>');
  const head = headersOf(message);
  assert.match(head, /\r\nContent-Type: multipart\/alternative/);
  assert.match(head, /(^|\r\n)X-Capitune-Outbox-Id: 7\r\n/i);
  assert.match(head, /\r\nMessage-ID: <outbox-7\.[0-9a-f-]+@capitune\.local>\r\n/i);
  // Non-ASCII headers go as RFC 2047 encoded words; no line is longer than SMTP allows.
  assert.match(head, /\r\nSubject: =\?UTF-8\?[BQ]\?/);
  assert.match(head, /(^|\r\n)From: =\?UTF-8\?[BQ]\?.+\?= <notifications@capitune\.local>\r\n/);
  assert.ok(message.split('\r\n').every((line) => line.length <= 998));
  // The text body's lone dot line did not end the DATA early: the HTML part arrived after it.
  assert.match(message, /text\/plain[\s\S]*text\/html/);
});

Deno.test('SMTP 5xx is permanent, 4xx retryable', async () => {
  for (const [reply, permanent] of [['550 no such user', true], ['451 try later', false]] as const) {
    await withCatcher(
      reply,
      (port) =>
        assert.rejects(
          smtpProvider({ host: '127.0.0.1', port }).send(email, AbortSignal.timeout(5_000)),
          (error: unknown) => error instanceof SendError && error.permanent === permanent,
        ),
    );
  }
});

Deno.test('an unreachable SMTP server is a retryable failure', async () => {
  const listener = Deno.listen({ hostname: '127.0.0.1', port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  await assert.rejects(
    smtpProvider({ host: '127.0.0.1', port }).send(email, AbortSignal.timeout(5_000)),
    (error: unknown) => error instanceof SendError && !error.permanent,
  );
});

Deno.test('the one-click unsubscribe headers reach the catcher as header lines, never a way to inject one', async () => {
  const { message } = await withCatcher('250 ok', (port) =>
    smtpProvider({ host: '127.0.0.1', port }).send({
      ...email,
      headers: {
        'List-Unsubscribe': '<https://x.test/u?token=t>\r\nBcc: evil@example.test',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    }, AbortSignal.timeout(5_000)));
  const head = headersOf(message);
  assert.match(head, /\r\nList-Unsubscribe: <https:\/\/x\.test\/u\?token=t> Bcc: evil@example\.test\r\n/);
  assert.match(head, /\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n/);
  assert.ok(!/\r\nBcc:/i.test(head));
});
