// The email a member receives, written by send-emails' own templates (supabase/functions/send-emails/
// templates/render.ts) in the pinned Deno, from an outbox payload as private.enqueue_email() writes it:
// the notification's data, plus the recipient's accounts.locale and accounts.time_zone
// (tests/database/notifications-speak-each-members-language.test.ts checks that the database does).
import { execFileSync } from 'node:child_process';
import { denoBinary, denoEnv, functionsDir } from '../../../scripts/functions/deno-runtime.ts';

export type Email = { subject: string; text: string; html: string };

const render = `
import { renderEmail } from './send-emails/templates/render.ts';
const { template, payload, context } = JSON.parse(Deno.env.get('EMAIL_TO_RENDER') ?? '{}');
console.log(JSON.stringify(renderEmail(template, payload, context)));
`;

export function emailFor(template: string, payload: Record<string, unknown>, recipientName: string): Email {
  const context = { siteUrl: 'https://app.capitune.ca', recipientName };
  const output = execFileSync(denoBinary(), ['eval', render], {
    cwd: functionsDir,
    env: denoEnv({ EMAIL_TO_RENDER: JSON.stringify({ template, payload, context }) }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(output) as Email;
}
