// A UTF-8 multipart/alternative message (RFC 5322/2045/2047) for SMTP: headers encoded, bodies in
// base64 so no line is long and no line starts with a dot.
import { checkedAddress, type OutgoingEmail } from './provider.ts';

const encoder = new TextEncoder();

export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** RFC 2047 encoded words (base64), each at most 75 characters, never splitting a character. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value) && !value.includes('=?')) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value.replace(/[\r\n]+/g, ' ')) {
    if (encoder.encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(encoder.encode(word))}?=`).join('\r\n ');
}

function bodyPart(type: string, content: string): string {
  const lines = base64(encoder.encode(content)).match(/.{1,76}/g) ?? [];
  return [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', ...lines].join('\r\n');
}

export function buildMime(email: OutgoingEmail, date = new Date(), domain = 'capitune.local'): string {
  const boundary = `capitune-${crypto.randomUUID()}`;
  return [
    `From: ${encodeHeader(email.from.name)} <${checkedAddress(email.from.email)}>`,
    `To: <${checkedAddress(email.to)}>`,
    `Subject: ${encodeHeader(email.subject)}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <outbox-${email.outboxId}.${crypto.randomUUID()}@${domain}>`,
    `X-Capitune-Outbox-Id: ${email.outboxId}`,
    ...Object.entries(email.headers ?? {}).map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, ' ')}`),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    bodyPart('text/plain', email.text),
    `--${boundary}`,
    bodyPart('text/html', email.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
