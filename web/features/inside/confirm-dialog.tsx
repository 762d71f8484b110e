'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** A destructive action asked twice; focus starts on « Annuler », the safe choice. */
export function ConfirmDialog({ open, title, description, confirmLabel, pending, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      footer={<>
        <Button variant="secondary" onClick={onClose} data-autofocus>Annuler</Button>
        <Button variant="danger" loading={pending} onClick={onConfirm} data-test="confirm-delete">{confirmLabel}</Button>
      </>}
    />
  );
}
