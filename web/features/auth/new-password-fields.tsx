'use client';

import { useState } from 'react';
import { PasswordInput } from '@/components/ui/password-input';
import { useAuthText } from './auth-text';
import type { FieldErrors } from './form-fields';
import { PasswordChecklist } from './password-checklist';

/** A new password and its confirmation, with the rules ticked as the person types. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  const text = useAuthText();
  const [password, setPassword] = useState('');
  return (
    <>
      <PasswordInput label={text.fields.newPassword} name="password" autoComplete="new-password" required toggleLabels={text.password} hint={<PasswordChecklist value={password} />}
        error={errors.password} onChange={(event) => setPassword(event.currentTarget.value)} />
      <PasswordInput label={text.fields.confirmPassword} name="confirm" autoComplete="new-password" required toggleLabels={text.password} error={errors.confirm} />
    </>
  );
}
