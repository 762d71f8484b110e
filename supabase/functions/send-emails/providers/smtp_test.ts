import assert from 'node:assert/strict';
import { buildMime, encodeHeader } from './mime.ts';
import type { OutgoingEmail } from './provider.ts';
import { SendError } from './provider.ts';
import { dotStuff, smtpProvider } from './smtp.ts';

const email: OutgoingEmail = {
  outboxId: '7',
  kind: 'message_received',
  to: 'awa@example.test',
  from: { email: 'notifications@capitune.local', name: 'CAPITUNE Équipe' },
  subject: 'Nouveau message de Julie — Entrée express',
  text: 'Bonjour,\n.\nligne',
  html: '<p>é</p>',
};

/** A mail catcher in miniature: records the conversation, answers `reject` to RCPT if asked. */
async function withCatcher(rcptReply: string, fn: (port: number) => Promise<void>): Promise<string[]> {
  const listener = Deno.listen({ hostname: '127.0.0.1', port: 0 });
  const lines: string[] = [];
  const serving = (async () => {
    const conn = await listener.accept();
    const write = (line: string) => conn.write(new TextEncoder().encode(`${line}\r\n`));
    await write('220 catcher ready');
    let buffer = '';
    let inData = false;
    const chunk = new Uint8Array(65536);
    for (;;) {
      const n = await conn.read(chunk);
      if (n === null) break;
      buffer += new TextDecoder().decode(chunk.subarray(0, n));
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        lines.push(line);
        if (inData) {
          if (line === '.') (inData = false), await write('250 queued');
        } else if (line.startsWith('EHLO')) await write('250-catcher\r\n250 SMTPUTF8');
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
    await serving.catch(() => undefined);
    listener.close();
  }
  return lines;
}

Deno.test('SMTP delivers one multipart message to the catcher', async () => {
  const lines = await withCatcher(
    '250 ok',
    (port) => smtpProvider({ host: '127.0.0.1', port }).send(email, AbortSignal.timeout(2_000)),
  );
  assert.equal(lines[0], 'EHLO capitune.local');
  assert.equal(lines[1], 'MAIL FROM:<notifications@capitune.local>');
  assert.equal(lines[2], 'RCPT TO:<awa@example.test>');
  assert.ok(lines.includes('DATA') && lines.at(-1) === 'QUIT');
  assert.ok(lines.some((l) => l.startsWith('Content-Type: multipart/alternative')));
  assert.ok(lines.includes('X-Capitune-Outbox-Id: 7'));
});

Deno.test('SMTP 5xx is permanent, 4xx retryable', async () => {
  for (const [reply, permanent] of [['550 no such user', true], ['451 try later', false]] as const) {
    await withCatcher(
      reply,
      (port) =>
        assert.rejects(
          smtpProvider({ host: '127.0.0.1', port }).send(email, AbortSignal.timeout(2_000)),
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
    smtpProvider({ host: '127.0.0.1', port }).send(email, AbortSignal.timeout(2_000)),
    (error: unknown) => error instanceof SendError && !error.permanent,
  );
});

Deno.test('MIME: encoded UTF-8 headers, base64 bodies, no bare dot lines', () => {
  const mime = buildMime(email, new Date('2026-11-24T12:00:00Z'));
  assert.match(mime, /^From: =\?UTF-8\?B\?[^\r\n]+\?= <notifications@capitune\.local>\r\n/);
  assert.match(mime, /\r\nSubject: =\?UTF-8\?B\?/);
  assert.match(mime, /\r\nDate: Tue, 24 Nov 2026 12:00:00 GMT\r\n/);
  assert.ok(mime.split('\r\n').every((line) => line.length <= 998));
  const words = encodeHeader('é'.repeat(60)).split('\r\n ');
  assert.ok(words.length > 1 && words.every((word) => word.length <= 75));
  assert.equal(encodeHeader('Plain ASCII'), 'Plain ASCII');
  assert.equal(dotStuff('a\r\n.b\r\n..\r\n'), 'a\r\n..b\r\n...');
});

Deno.test('MIME: the one-click unsubscribe headers are header lines, never a way to inject one', () => {
  const mime = buildMime({
    ...email,
    headers: {
      'List-Unsubscribe': '<https://x.test/u?token=t>\r\nBcc: evil@example.test',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  const head = mime.split('\r\n\r\n')[0]!;
  assert.match(head, /\r\nList-Unsubscribe: <https:\/\/x\.test\/u\?token=t> Bcc: evil@example\.test\r\n/);
  assert.match(head, /\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n/);
  assert.ok(!/\r\nBcc:/.test(head));
});
