'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { Dossier } from './queries';
import { NOTE_MAX_LENGTH, STATUS_LABELS, staffTransitions } from './labels';
import { statusChangeSchema, type StatusChangeValues } from './schema';
import { useChangeDossierStatus } from './use-dossiers';

/** The assigned pro (or an admin) moves the dossier on, with a note kept in its timeline. Key it by
 * status: the choices (and the form) start afresh at each step. */
export function ReviewActions({ dossier }: { dossier: Dossier }) {
  const { explain } = useErrorText();
  const fieldError = useFieldError();
  const toast = useToast();
  const change = useChangeDossierStatus(dossier.id);
  const options = staffTransitions(dossier.status);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<StatusChangeValues>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { toStatus: options[0] ?? dossier.status, note: '' },
  });

  const onSubmit = handleSubmit((values) =>
    change.mutateAsync(values).then(
      () => {
        reset();
        toast.success(`Dossier passé au statut « ${STATUS_LABELS[values.toStatus]} ».`);
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <Card title="Examen du dossier" description="Le candidat est averti de chaque changement de statut.">
      {options.length === 0 ? (
        <p className="text-slate-700">
          {dossier.status === 'draft' ? 'Le candidat n’a pas encore soumis ce dossier.' : 'Aucun changement de statut possible à cette étape.'}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="review-status-form">
          <Select
            label="Nouveau statut"
            options={options.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
            data-test="review-status"
            error={fieldError(errors.toStatus?.message)}
            {...register('toStatus')}
          />
          <Textarea
            label="Note"
            hint={`Visible par le candidat dans l’historique (ce qu’il doit faire, le motif d’une décision). ${NOTE_MAX_LENGTH} caractères au maximum.`}
            rows={3}
            data-test="review-note"
            error={fieldError(errors.note?.message)}
            {...register('note')}
          />
          <Button type="submit" loading={change.isPending} data-test="review-submit">Changer le statut</Button>
        </form>
      )}
    </Card>
  );
}
