'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, fill, useAdminFieldError, useAdminFormat, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { cancelSchema } from './schema';
import { useCancelEvent } from './use-admin-events';

type CancelEventDialogProps = { open: boolean; onClose: () => void; eventId: string; title: string; attendeeCount: number };

/** Cancellation is final and notifies every registrant with the reason given here. */
export function CancelEventDialog({ open, onClose, eventId, title, attendeeCount }: CancelEventDialogProps) {
  const describeFailure = useDescribeAdminError();
  const { events: text } = useAdminText().admin;
  const format = useAdminFormat();
  const fieldError = useAdminFieldError();
  const toast = useToast();
  const cancel = useCancelEvent(eventId);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<{ reason: string }>({
    resolver: zodResolver(cancelSchema),
    defaultValues: { reason: '' },
  });
  const close = () => { reset(); onClose(); };
  const confirm = handleSubmit(({ reason }) =>
    cancel.mutate(reason, {
      onSuccess: () => { toast.success(text.cancelDone); close(); },
      onError: (error) => toast.error(describeFailure(error)),
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onClose={close}
      onConfirm={() => void confirm()}
      pending={cancel.isPending}
      title={fill(text.cancelDialogTitle, { title })}
      description={`${text.cancelFinal} ${attendeeCount > 0 ? format.count(attendeeCount, text.cancelWillTell) : text.cancelNobody}`}
      confirmLabel={text.cancelConfirm}
      cancelLabel={text.keep}
      testId="cancel-event-dialog"
    >
      <Textarea label={text.cancelReason} required rows={3} error={fieldError(errors.reason?.message)} data-test="cancel-reason" {...register('reason')} />
    </ConfirmDialog>
  );
}
