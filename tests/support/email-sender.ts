// The send-emails function wired to a SendGrid stand-in, and how to read what the stand-in got.
import { asPgCron, type RunningFunction, startFunction } from './edge-functions.ts';
import type { RecordedRequest, StandIn } from './http-stand-in.ts';
import { testProject } from './tokens.ts';

export type Sender = RunningFunction & {
  /** One invocation, as pg_cron makes it with the project's secret key unless other headers are given. */
  run(body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
};

export async function startSender(databaseUrl: string, sendgrid: StandIn, env: Record<string, string> = {}): Promise<Sender> {
  const fn = await startFunction('send-emails', {
    databaseUrl,
    secrets: { SENDGRID_API_KEY: 'SG.test-key', SENDGRID_API_URL: sendgrid.url, EMAIL_FROM: 'notifications@capitune.test', ...env },
  });
  const run = async (body?: unknown, headers = asPgCron(testProject.secretKey)) => {
    const response = await fetch(fn.url, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return { ...fn, run };
}

export type SendgridMail = {
  personalizations: { to: { email: string }[] }[];
  subject: string;
  content: { type: string; value: string }[];
  custom_args: { outbox_id: string };
};

export const mailOf = (request: RecordedRequest) => request.json as SendgridMail;
export const recipientOf = (request: RecordedRequest) => mailOf(request).personalizations[0].to[0].email;
export const outboxIdOf = (request: RecordedRequest) => mailOf(request).custom_args.outbox_id;
