'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { loadSupabase } from '@/lib/supabase/lazy';
import { verifyTotpAction } from './actions';
import { authErrorMessage } from './errors';
import { verifyTotp } from './mfa';
import { totpCodeSchema, type TotpCodeValues } from './schema';

type TotpCodeFormProps = { factorId: string; next: string; onVerified: () => void; submitLabel?: string; initialError?: string | null };

/** Without JavaScript the form posts to verifyTotpAction, which goes on to `next`. */
export function TotpCodeForm({ factorId, next, onVerified, submitLabel = 'Vérifier', initialError = null }: TotpCodeFormProps) {
  const [formError, setFormError] = useState<string | null>(initialError);
  const { register, handleSubmit, setFocus, resetField, formState: { errors, isSubmitting } } = useForm<TotpCodeValues>({
    resolver: zodResolver(totpCodeSchema),
    defaultValues: { totp: '' },
  });

  const onSubmit = handleSubmit(async ({ totp }) => {
    setFormError(null);
    try {
      await verifyTotp(await loadSupabase(), factorId, totp);
      onVerified();
    } catch (error) {
      setFormError(authErrorMessage(error));
      resetField('totp');
      setFocus('totp');
    }
  });

  return (
    <form action={verifyTotpAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="totp-form">
      <input type="hidden" name="factorId" value={factorId} />
      <input type="hidden" name="next" value={next} />
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input
        label="Code de vérification"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        error={errors.totp?.message}
        {...register('totp')}
      />
      <Button type="submit" loading={isSubmitting} className="w-full">{submitLabel}</Button>
    </form>
  );
}
