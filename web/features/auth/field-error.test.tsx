import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import { WithMessages } from '@/test/render-with-app';
import { AuthTextProvider } from './auth-text';
import { useFieldError } from './field-error';

const signedInPage = ({ children }: { children: ReactNode }) => <WithMessages>{children}</WithMessages>;
const authFormPage = ({ children }: { children: ReactNode }) => (
  <WithMessages><AuthTextProvider text={fr.auth}>{children}</AuthTextProvider></WithMessages>
);

describe('useFieldError', () => {
  it('says validation keys, and a sentence the database gave as is, on a page without the auth sentences', () => {
    const { result } = renderHook(() => useFieldError(), { wrapper: signedInPage });
    expect(result.current('commentMissing')).toBe(fr.validation.commentMissing);
    expect(result.current('Ce dossier est fermé.')).toBe('Ce dossier est fermé.');
    expect(result.current(undefined)).toBeUndefined();
  });

  it('says the auth forms’ keys where the page placed their sentences', () => {
    const { result } = renderHook(() => useFieldError(), { wrapper: authFormPage });
    expect(result.current('fullNameRequired')).toBe(fr.auth.validation.fullNameRequired);
    expect(result.current('passwordWeak:digit')).toBe(`${fr.auth.validation.passwordWeak} ${fr.auth.password.rules.digit.toLowerCase()}.`);
  });
});
