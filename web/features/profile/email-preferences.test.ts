import { describe, expect, it } from 'vitest';
import { clientAnswering } from '@/test/supabase-answering';
import { type EmailChoices, EMAIL_KINDS, fetchEmailChoices, saveEmailChoices } from './email-preferences';

const allOn = () => Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, true])) as EmailChoices;

describe('email choices', () => {
  it('a kind without a row is on; a row says otherwise', async () => {
    const { supabase } = clientAnswering({ '/rest/v1/email_preferences': { status: 200, body: [{ kind: 'events', enabled: false }] } });
    expect(await fetchEmailChoices(supabase)).toEqual({ ...allOn(), events: false });
  });

  it('saves only the kinds that changed, and never asks to turn off security or account', async () => {
    const { supabase, calls } = clientAnswering({ '/rest/v1/rpc/set_email_preference': { status: 204, body: undefined } });
    const after = { ...allOn(), community: false, tasks: false, security: false };
    await saveEmailChoices(supabase, allOn(), after);
    expect(calls).toEqual(['POST /rest/v1/rpc/set_email_preference', 'POST /rest/v1/rpc/set_email_preference']);
  });
});
