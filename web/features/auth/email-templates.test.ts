// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emailLinkTypeSchema } from './schema';

const repo = new URL('../../../', import.meta.url);
const config = readFileSync(new URL('supabase/config.toml', repo), 'utf8');

/** `[auth.email.template.<name>]` sections of config.toml: subject and the template's HTML. */
function template(name: string) {
  const section = new RegExp(String.raw`^\[auth\.email\.template\.${name}\]\n((?:[a-z_]+ = .*\n)+)`, 'm').exec(config);
  if (!section) throw new Error(`config.toml has no [auth.email.template.${name}]`);
  const value = (key: string) => new RegExp(String.raw`^${key} = "(.*)"$`, 'm').exec(section[1]!)?.[1];
  const path = value('content_path');
  if (!path) throw new Error(`[auth.email.template.${name}] has no content_path`);
  return { subject: value('subject'), html: readFileSync(new URL(path, repo), 'utf8') };
}

describe('Auth email templates (supabase/config.toml)', () => {
  it.each([
    ['confirmation', 'email'],
    ['recovery', 'recovery'],
  ])('%s: French, and its link opens /auth/confirm with type=%s', (name, type) => {
    const { subject, html } = template(name);
    expect(subject).toMatch(/CAPITUNE$/);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`href="{{ .SiteURL }}/auth/confirm?token_hash={{ .TokenHash }}&type=${type}"`);
    expect(emailLinkTypeSchema.safeParse(type).success).toBe(true);
  });

  it('never links to the verify endpoint directly, which a mail scanner would redeem', () => {
    for (const name of ['confirmation', 'recovery']) expect(template(name).html).not.toContain('ConfirmationURL');
  });
});
