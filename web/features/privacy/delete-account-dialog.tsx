'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { describeError } from '@/lib/supabase/errors';
import { leaveAfterErasure } from './leave';
import { ERASE_CONFIRMATION, eraseSchema, type EraseValues } from './schema';
import { useEraseMyAccount } from './erase-account';

type DeleteAccountDialogProps = { onClose: () => void };

/** Erasure asks the member to type SUPPRIMER: a deliberate act, not a click. */
/** Mounted while open (its parent loads it on demand). */
export function DeleteAccountDialog({ onClose }: DeleteAccountDialogProps) {
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
      title="Supprimer définitivement votre compte ?"
      description="Vos brouillons, mentions J’aime, notifications et inscriptions sont effacés ; votre nom est remplacé par « Membre supprimé » dans la communauté. Les dossiers soumis restent conservés six ans sous forme anonymisée, comme la loi l’exige. Vous serez déconnecté."
      footer={<>
        <Button variant="secondary" onClick={close} disabled={erase.isPending} data-test="delete-account-cancel">Garder mon compte</Button>
        <Button type="submit" form="delete-account-form" variant="danger" loading={erase.isPending} data-test="delete-account-confirm">Supprimer mon compte</Button>
      </>}
    >
      <form id="delete-account-form" onSubmit={submit} noValidate className="space-y-4" data-test="delete-account-dialog">
        <Input label={`Pour confirmer, tapez ${ERASE_CONFIRMATION}`} autoComplete="off" autoCapitalize="characters" spellCheck={false}
          error={errors.confirmation?.message} data-test="delete-account-confirmation" {...register('confirmation')} />
        {erase.error ? <Alert tone="danger">{describeError(erase.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}
