'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('inside');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      footer={<>
        <Button variant="secondary" onClick={onClose} data-autofocus>{t('cancel')}</Button>
        <Button variant="danger" loading={pending} onClick={onConfirm} data-test="confirm-delete">{confirmLabel}</Button>
      </>}
    />
  );
}
