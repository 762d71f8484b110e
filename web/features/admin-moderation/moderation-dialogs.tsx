'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { type AdminFormat, ConfirmDialog, fill, useAdminFieldError, useAdminFormat, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import type { ModerationItem } from './queue';
import { MUTE_DAYS, muteSchema, muteUntil, removeSchema, type MuteValues, type RemoveValues } from './schema';
import { useMuteMember, useResolveReport } from './use-moderation';

type DialogProps = { item: ModerationItem | null; onClose: () => void };

type Text = ReturnType<typeof useAdminText>['admin']['moderation'];

/** The durations offered, after a first option that commits to nothing. */
const durations = (first: string, text: Text, format: AdminFormat) =>
  [{ value: '', label: first }, ...MUTE_DAYS.map((days) => ({ value: String(days), label: format.count(days, text.days) }))];

export function KeepDialog({ item, onClose }: DialogProps) {
  const describeFailure = useDescribeAdminError();
  const { moderation: text } = useAdminText().admin;
  const format = useAdminFormat();
  const toast = useToast();
  const resolve = useResolveReport();
  const confirm = () => item && resolve.mutate({ reportId: item.reportId, decision: 'kept' }, {
    onSuccess: () => { toast.success(text.kept); onClose(); },
    onError: (error) => toast.error(describeFailure(error)),
  });
  return (
    <ConfirmDialog open={item !== null} onClose={onClose} onConfirm={confirm} pending={resolve.isPending} tone="primary"
      title={item?.kind === 'comment' ? text.keepComment : text.keepPost}
      description={item ? format.count(item.reports.length, item.hidden ? text.willCloseShown : text.willClose) : undefined}
      confirmLabel={text.keep} testId="keep-dialog" />
  );
}

export function RemoveDialog({ item, onClose }: DialogProps) {
  const describeFailure = useDescribeAdminError();
  const { moderation: text } = useAdminText().admin;
  const format = useAdminFormat();
  const fieldError = useAdminFieldError();
  const toast = useToast();
  const resolve = useResolveReport();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<RemoveValues>({
    resolver: zodResolver(removeSchema),
    defaultValues: { note: '', muteDays: '' },
  });
  const close = () => { reset(); onClose(); };
  const confirm = handleSubmit(({ note, muteDays }) => item && resolve.mutate(
    { reportId: item.reportId, decision: 'removed', note, muteDays: muteDays ? Number(muteDays) : undefined },
    {
      onSuccess: () => { toast.success(muteDays ? text.removedMuted : text.removed); close(); },
      onError: (error) => toast.error(describeFailure(error)),
    },
  ));
  return (
    <ConfirmDialog open={item !== null} onClose={close} onConfirm={() => void confirm()} pending={resolve.isPending}
      title={item?.kind === 'comment' ? text.removeComment : text.removePost} description={text.removeText}
      confirmLabel={text.removeConfirm} testId="remove-dialog">
      <Textarea label={text.removeReason} required rows={3} error={fieldError(errors.note?.message)} data-test="remove-note" {...register('note')} />
      <Select label={fill(text.muteAuthor, { name: item?.authorName ?? text.theAuthor })} hint={text.muteHint}
        options={durations(text.noMute, text, format)} error={fieldError(errors.muteDays?.message)} data-test="remove-mute" {...register('muteDays')} />
    </ConfirmDialog>
  );
}

export function MuteDialog({ item, onClose }: DialogProps) {
  const describeFailure = useDescribeAdminError();
  const { moderation: text } = useAdminText().admin;
  const format = useAdminFormat();
  const fieldError = useAdminFieldError();
  const toast = useToast();
  const mute = useMuteMember();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<MuteValues>({
    resolver: zodResolver(muteSchema),
    defaultValues: { muteDays: '' },
  });
  const close = () => { reset(); onClose(); };
  const confirm = handleSubmit(({ muteDays }) => {
    if (!item?.authorId) return;
    const until = muteUntil(Number(muteDays));
    mute.mutate({ userId: item.authorId, until }, {
      onSuccess: () => { toast.success(fill(text.muted, { name: item.authorName ?? text.thisMember, date: format.date(until) })); close(); },
      onError: (error) => toast.error(describeFailure(error)),
    });
  });
  return (
    <ConfirmDialog open={item !== null} onClose={close} onConfirm={() => void confirm()} pending={mute.isPending}
      title={fill(text.muteTitle, { name: item?.authorName ?? text.thisMember })}
      description={text.muteText}
      confirmLabel={text.muteConfirm} testId="mute-dialog">
      <Select label={text.duration} options={durations(text.chooseDuration, text, format)} error={fieldError(errors.muteDays?.message)} data-test="mute-days" {...register('muteDays')} />
    </ConfirmDialog>
  );
}
