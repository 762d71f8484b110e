'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/textarea';
import { REASON_MAX_LENGTH, rejectionSchema, type RejectionValues } from './schema';

type RejectDocumentDialogProps = {
  fileName: string | null;
  pending: boolean;
  onClose: () => void;
  onReject: (reason: string) => void;
};

/** Rejecting needs a reason the candidate will read (the database refuses an empty one too). */
export function RejectDocumentDialog({ fileName, pending, onClose, onReject }: RejectDocumentDialogProps) {
  const { register, handleSubmit, control, reset, formState: { errors } } = useForm<RejectionValues>({
    resolver: zodResolver(rejectionSchema),
    defaultValues: { reason: '' },
  });
  const reason = useWatch({ control, name: 'reason' });
  const close = () => {
    reset();
    onClose();
  };
  return (
    <Dialog
      open={fileName !== null}
      onClose={close}
      title="Refuser ce document"
      description={fileName ? `« ${fileName} » : le candidat verra ce motif et pourra déposer un autre fichier.` : undefined}
      footer={<>
        <Button variant="secondary" onClick={close}>Annuler</Button>
        <Button variant="danger" type="submit" form="reject-document-form" loading={pending} data-test="reject-confirm">Refuser le document</Button>
      </>}
    >
      <form id="reject-document-form" noValidate onSubmit={handleSubmit(({ reason: value }) => onReject(value))}>
        <Textarea
          label="Motif du refus"
          hint={`${reason.length} / ${REASON_MAX_LENGTH} caractères.`}
          required
          rows={4}
          data-autofocus
          data-test="reject-reason"
          error={errors.reason?.message}
          {...register('reason')}
        />
      </form>
    </Dialog>
  );
}
