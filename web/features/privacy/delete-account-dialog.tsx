'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useFieldError } from '@/features/auth';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { leaveAfterErasure } from './leave';
import { ERASE_CONFIRMATION, eraseSchema, type EraseValues } from './schema';
import { useEraseMyAccount } from './erase-account';

type DeleteAccountDialogProps = { onClose: () => void };

/** Erasure asks the member to type SUPPRIMER: a deliberate act, not a click. */
/** Mounted while open (its parent loads it on demand). */
export function DeleteAccountDialog({ onClose }: DeleteAccountDialogProps) {
  const { describe } = useErrorText();
  const t = useTranslations('privacy');
  const fieldError = useFieldError();
  const erase = useEraseMyAccount();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<EraseValues>({
    resolver: zodResolver(eraseSchema),
    defaultValues: { confirmation: '' },
  });
  const close = () => {
    if (erase.isPending) return;
    reset();
    erase.reset();
    onClose();
  };
  const submit = handleSubmit(() => erase.mutate(undefined, { onSuccess: leaveAfterErasure }));
  return (
    <Dialog
      open
      onClose={close}
      title={t('dialogTitle')}
      description={t('dialogText')}
      footer={<>
        <Button variant="secondary" onClick={close} disabled={erase.isPending} data-test="delete-account-cancel">{t('keep')}</Button>
        <Button type="submit" form="delete-account-form" variant="danger" loading={erase.isPending} data-test="delete-account-confirm">{t('confirmDelete')}</Button>
      </>}
    >
      <form id="delete-account-form" onSubmit={submit} noValidate className="space-y-4" data-test="delete-account-dialog">
        <Input label={t('typeToConfirm', { word: ERASE_CONFIRMATION })} autoComplete="off" autoCapitalize="characters" spellCheck={false}
          error={fieldError(errors.confirmation?.message)} data-test="delete-account-confirmation" {...register('confirmation')} />
        {erase.error ? <Alert tone="danger">{describe(erase.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}
