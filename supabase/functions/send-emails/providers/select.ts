// The provider the environment asks for: SendGrid in production, SMTP to the mail catcher locally.
import { errors } from '../../_shared/errors.ts';
import type { SenderEnv } from '../config.ts';
import type { EmailProvider } from './provider.ts';
import { sendgridProvider } from './sendgrid.ts';
import { smtpProvider } from './smtp.ts';

export function providerFrom(env: SenderEnv): EmailProvider {
  const choice = env.EMAIL_PROVIDER ?? (env.SENDGRID_API_KEY ? 'sendgrid' : 'smtp');
  if (choice === 'smtp') return smtpProvider({ host: env.SMTP_HOST, port: env.SMTP_PORT });
  if (!env.SENDGRID_API_KEY) {
    console.error('EMAIL_PROVIDER=sendgrid needs SENDGRID_API_KEY.');
    throw errors.configuration();
  }
  return sendgridProvider({ apiKey: env.SENDGRID_API_KEY, baseUrl: env.SENDGRID_API_URL });
}
