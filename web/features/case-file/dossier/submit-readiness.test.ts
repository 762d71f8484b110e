import { describe, expect, it } from 'vitest';
import { submitReadiness } from './submit-readiness';

const item = (label: string, state: string) => ({ label, state });

describe('submitReadiness', () => {
  it('waits for the checklist before offering anything', () => {
    expect(submitReadiness(undefined)).toEqual({ state: 'loading' });
  });

  it('blocks on a refused or expired document, naming each, even when others are missing', () => {
    expect(submitReadiness([item('Passeport', 'rejected'), item('Photo', 'missing'), item('Certificat de police', 'expired')]))
      .toEqual({ state: 'blocked', toReplace: ['Passeport', 'Certificat de police'] });
  });

  it('warns with the missing documents; pending, approved and expiring ones count as provided', () => {
    expect(submitReadiness([item('Passeport', 'pending'), item('Photo', 'missing'), item('Preuve de fonds', 'expiring')]))
      .toEqual({ state: 'incomplete', missing: ['Photo'] });
    expect(submitReadiness([item('Passeport', 'approved'), item('Photo', 'pending')])).toEqual({ state: 'complete' });
  });
});
