'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, describeAdminError, formatDate, plural } from '@/features/admin-common';
import type { ModerationItem } from './queue';
import { MUTE_OPTIONS, muteSchema, muteUntil, removeSchema, type MuteValues, type RemoveValues } from './schema';
import { useMuteMember, useResolveReport } from './use-moderation';

type DialogProps = { item: ModerationItem | null; onClose: () => void };

const what = (item: ModerationItem | null) => (item?.kind === 'comment' ? 'ce commentaire' : 'cette publication');

export function KeepDialog({ item, onClose }: DialogProps) {
  const toast = useToast();
  const resolve = useResolveReport();
  const confirm = () => item && resolve.mutate({ reportId: item.reportId, decision: 'kept' }, {
    onSuccess: () => { toast.success('Contenu conservé ; les signalements sont classés.'); onClose(); },
    onError: (error) => toast.error(describeAdminError(error)),
  });
  return (
    <ConfirmDialog open={item !== null} onClose={onClose} onConfirm={confirm} pending={resolve.isPending} tone="primary"
      title={`Conserver ${what(item)} ?`}
      description={item ? `${plural(item.reports.length, 'signalement sera classé', 'signalements seront classés')}${item.hidden ? ' et le contenu redeviendra visible' : ''}.` : undefined}
      confirmLabel="Conserver" testId="keep-dialog" />
  );
}

export function RemoveDialog({ item, onClose }: DialogProps) {
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
      onSuccess: () => { toast.success(muteDays ? 'Contenu retiré et auteur mis en sourdine.' : 'Contenu retiré.'); close(); },
      onError: (error) => toast.error(describeAdminError(error)),
    },
  ));
  return (
    <ConfirmDialog open={item !== null} onClose={close} onConfirm={() => void confirm()} pending={resolve.isPending}
      title={`Retirer ${what(item)} ?`} description="Le contenu sera masqué pour tous les membres ; son auteur verra la raison."
      confirmLabel="Retirer le contenu" testId="remove-dialog">
      <Textarea label="Raison du retrait" required rows={3} error={errors.note?.message} data-test="remove-note" {...register('note')} />
      <Select label={`Mettre ${item?.authorName ?? 'l’auteur'} en sourdine`} hint="Un membre en sourdine ne peut plus publier ni commenter."
        options={[...MUTE_OPTIONS]} error={errors.muteDays?.message} data-test="remove-mute" {...register('muteDays')} />
    </ConfirmDialog>
  );
}

export function MuteDialog({ item, onClose }: DialogProps) {
  const toast = useToast();
  const mute = useMuteMember();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<MuteValues>({
    resolver: zodResolver(muteSchema),
    defaultValues: { muteDays: '7' },
  });
  const close = () => { reset(); onClose(); };
  const confirm = handleSubmit(({ muteDays }) => {
    if (!item?.authorId) return;
    const until = muteUntil(Number(muteDays));
    mute.mutate({ userId: item.authorId, until }, {
      onSuccess: () => { toast.success(`${item.authorName} est en sourdine jusqu’au ${formatDate(until)}.`); close(); },
      onError: (error) => toast.error(describeAdminError(error)),
    });
  });
  return (
    <ConfirmDialog open={item !== null} onClose={close} onConfirm={() => void confirm()} pending={mute.isPending}
      title={`Mettre ${item?.authorName ?? 'ce membre'} en sourdine ?`}
      description="Ce membre ne pourra plus publier ni commenter dans Inside pendant cette durée. Les signalements restent à traiter."
      confirmLabel="Mettre en sourdine" testId="mute-dialog">
      <Select label="Durée" options={MUTE_OPTIONS.filter((o) => o.value !== '')} error={errors.muteDays?.message} data-test="mute-days" {...register('muteDays')} />
    </ConfirmDialog>
  );
}
