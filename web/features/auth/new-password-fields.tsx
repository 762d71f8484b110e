'use client';

import { useState } from 'react';
import { PasswordInput } from '@/components/ui/password-input';
import type { FieldErrors } from './form-fields';
import { PasswordChecklist } from './password-checklist';

/** A new password and its confirmation, with the rules ticked as the person types. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  const [password, setPassword] = useState('');
  return (
    <>
      <PasswordInput label="Nouveau mot de passe" name="password" autoComplete="new-password" required hint={<PasswordChecklist value={password} />}
        error={errors.password} onChange={(event) => setPassword(event.currentTarget.value)} />
      <PasswordInput label="Confirmez le mot de passe" name="confirm" autoComplete="new-password" required error={errors.confirm} />
    </>
  );
}
