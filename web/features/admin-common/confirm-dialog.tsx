'use client';

import { useId, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useAdminText } from './admin-text';

type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Runs on confirm (the button, or Enter in a field of the dialog). */
  onConfirm: () => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  /** The way out, when "Cancel" would be ambiguous (e.g. cancelling an event). */
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  confirmDisabled?: boolean;
  /** Fields the decision needs (a reason, a duration…), inside the dialog's form. */
  children?: ReactNode;
  /** data-test prefix: `<testId>`, `<testId>-confirm`, `<testId>-cancel`. */
  testId?: string;
};

/**
 * The confirmation every destructive admin action goes through: a modal dialog whose form holds
 * the fields the action needs; focus starts on the first field, or on "Cancel" when there is none.
 */
export function ConfirmDialog({
  open, onClose, onConfirm, title, description, confirmLabel, cancelLabel, tone = 'danger', pending = false,
  confirmDisabled = false, children, testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const text = useAdminText().admin.common;
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending && !confirmDisabled) onConfirm();
  };
  return (
    <Dialog
      open={open}
      onClose={pending ? () => {} : onClose}
      title={title}
      description={description}
      footer={<>
        <Button variant="secondary" onClick={onClose} disabled={pending} data-test={`${testId}-cancel`}>{cancelLabel ?? text.cancel}</Button>
        <Button type="submit" form={formId} variant={tone} loading={pending} disabled={confirmDisabled} data-test={`${testId}-confirm`}>
          {confirmLabel}
        </Button>
      </>}
    >
      <form id={formId} onSubmit={submit} noValidate data-test={testId} className="space-y-4">
        {children}
      </form>
    </Dialog>
  );
}
