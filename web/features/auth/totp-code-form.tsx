'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { loadSupabase } from '@/lib/supabase/lazy';
import { authErrorMessage } from './errors';
import { verifyTotp } from './mfa';
import { totpCodeSchema, type TotpCodeValues } from './schema';

export function TotpCodeForm({ factorId, onVerified, submitLabel = 'Vérifier' }: { factorId: string; onVerified: () => void; submitLabel?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setFocus, resetField, formState: { errors, isSubmitting } } = useForm<TotpCodeValues>({
    resolver: zodResolver(totpCodeSchema),
    defaultValues: { code: '' },
  });

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      await verifyTotp(await loadSupabase(), factorId, code);
      onVerified();
    } catch (error) {
      setFormError(authErrorMessage(error));
      resetField('code');
      setFocus('code');
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input
        label="Code de vérification"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        error={errors.code?.message}
        {...register('code')}
      />
      <Button type="submit" loading={isSubmitting} className="w-full">{submitLabel}</Button>
    </form>
  );
}
