// The Supabase CLI connects with TLS required unless the URL names an `sslmode`, so a plain local
// server (Debian's PostgreSQL, an embedded one) fails with "does not support SSL". A URL without
// sslmode gets the mode the server itself answers to PostgreSQL's SSLRequest.
import net from 'node:net';

// Protocol §55.2.10 (SSLRequest): length 8, then the code 1234 << 16 | 5679.
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** `url` with `sslmode=disable` when it names none and the server answers that it has no TLS. */
export async function withServerSslMode(url: string): Promise<string> {
  const target = new URL(url);
  if (target.searchParams.has('sslmode') || !target.hostname) return url;
  const answer = await askForTls(target.hostname, Number(target.port || 5432)).catch(() => undefined);
  if (answer !== 'N') return url; // TLS offered (the CLI uses it), or unreachable (the caller reports it)
  target.searchParams.set('sslmode', 'disable');
  return target.toString();
}

function askForTls(host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: host.replace(/^\[|\]$/g, ''), port });
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer to SSLRequest')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write(SSL_REQUEST));
    socket.once('data', (chunk) => {
      socket.destroy();
      resolve(chunk.subarray(0, 1).toString('latin1'));
    });
  });
}
