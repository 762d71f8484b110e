'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, describeAdminError, plural } from '@/features/admin-common';
import { cancelSchema } from './schema';
import { useCancelEvent } from './use-admin-events';

type CancelEventDialogProps = { open: boolean; onClose: () => void; eventId: string; title: string; attendeeCount: number };

/** Cancellation is final and notifies every registrant with the reason given here. */
export function CancelEventDialog({ open, onClose, eventId, title, attendeeCount }: CancelEventDialogProps) {
  const toast = useToast();
  const cancel = useCancelEvent(eventId);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<{ reason: string }>({
    resolver: zodResolver(cancelSchema),
    defaultValues: { reason: '' },
  });
  const close = () => { reset(); onClose(); };
  const confirm = handleSubmit(({ reason }) =>
    cancel.mutate(reason, {
      onSuccess: () => { toast.success('Événement annulé ; les inscrits sont prévenus.'); close(); },
      onError: (error) => toast.error(describeAdminError(error)),
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onClose={close}
      onConfirm={() => void confirm()}
      pending={cancel.isPending}
      title={`Annuler « ${title} » ?`}
      description={`L’annulation est définitive. ${attendeeCount > 0 ? `${plural(attendeeCount, 'personne inscrite ou en attente recevra', 'personnes inscrites ou en attente recevront')} la raison.` : 'Personne n’est inscrit pour l’instant.'}`}
      confirmLabel="Annuler l’événement"
      cancelLabel="Garder l’événement"
      testId="cancel-event-dialog"
    >
      <Textarea label="Raison de l’annulation" required rows={3} error={errors.reason?.message} data-test="cancel-reason" {...register('reason')} />
    </ConfirmDialog>
  );
}
