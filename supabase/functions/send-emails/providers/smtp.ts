// Plain SMTP without TLS or login, for the local mail catcher that `supabase start` runs (Mailpit,
// formerly Inbucket). Development only: hosted edge functions may not open SMTP ports.
import { buildMime } from './mime.ts';
import { checkedAddress, type EmailProvider, SendError } from './provider.ts';

export type SmtpOptions = {
  host: string;
  port: number;
  heloName?: string;
  connect?: (options: Deno.ConnectOptions) => Promise<Deno.Conn>;
};

export function smtpProvider(options: SmtpOptions): EmailProvider {
  const connect = options.connect ?? ((o: Deno.ConnectOptions) => Deno.connect(o));
  return {
    name: 'smtp',
    async send(email, signal) {
      let conn: Deno.Conn;
      try {
        conn = await connect({ hostname: options.host, port: options.port });
      } catch (error) {
        throw new SendError(`SMTP unreachable at ${options.host}:${options.port}: ${String(error)}`);
      }
      const close = () => {
        try {
          conn.close();
        } catch { /* already closed */ }
      };
      signal.addEventListener('abort', close, { once: true });
      try {
        const session = new SmtpSession(conn);
        await session.reply(220);
        await session.command(`EHLO ${options.heloName ?? 'capitune.local'}`, 250);
        await session.command(`MAIL FROM:<${checkedAddress(email.from.email)}>`, 250);
        await session.command(`RCPT TO:<${checkedAddress(email.to)}>`, 250, 251);
        await session.command('DATA', 354);
        await session.command(`${dotStuff(buildMime(email))}\r\n.`, 250);
        await session.command('QUIT', 221).catch(() => undefined);
      } catch (error) {
        if (signal.aborted) throw new SendError('SMTP: timed out');
        if (error instanceof SendError) throw error;
        throw new SendError(`SMTP connection failed: ${String(error)}`);
      } finally {
        signal.removeEventListener('abort', close);
        close();
      }
    },
  };
}

/** Lines starting with a dot get a second one (RFC 5321 §4.5.2). */
export function dotStuff(message: string): string {
  return message.replace(/\r\n$/, '').split('\r\n').map((line) => (line.startsWith('.') ? `.${line}` : line))
    .join('\r\n');
}

class SmtpSession {
  #buffer = '';
  #decoder = new TextDecoder();
  #encoder = new TextEncoder();
  constructor(private readonly conn: Deno.Conn) {}

  async command(line: string, ...accepted: number[]): Promise<void> {
    await this.conn.write(this.#encoder.encode(`${line}\r\n`));
    await this.reply(...accepted);
  }

  /** Reads one (possibly multi-line) reply; 4xx is retryable, 5xx permanent. */
  async reply(...accepted: number[]): Promise<void> {
    for (;;) {
      const end = this.#buffer.indexOf('\r\n');
      if (end >= 0) {
        const line = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        if (/^\d{3}-/.test(line)) continue;
        const code = Number(line.slice(0, 3));
        if (accepted.includes(code)) return;
        throw new SendError(`SMTP ${line}`, code >= 500 && code < 600);
      }
      const chunk = new Uint8Array(4096);
      const read = await this.conn.read(chunk);
      if (read === null) throw new SendError('SMTP connection closed by server');
      this.#buffer += this.#decoder.decode(chunk.subarray(0, read), { stream: true });
    }
  }
}
