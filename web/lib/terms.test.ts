import { describe, expect, it } from 'vitest';
import { TERMS_VERSION, acceptedCurrentTerms } from './terms';

describe('consent to the terms in force', () => {
  it('holds only for the current version: superseded terms and no consent both send the member to accept again', () => {
    expect(acceptedCurrentTerms({ terms_version: TERMS_VERSION })).toBe(true);
    expect(acceptedCurrentTerms({ terms_version: '2025-01' })).toBe(false);
    expect(acceptedCurrentTerms({ terms_version: null })).toBe(false);
  });
});
