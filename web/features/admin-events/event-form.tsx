'use client';

import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { zoneName } from '@/lib/format';
import { lazyResolver } from '@/lib/lazy-resolver';
import type { EventFormValues } from './event-values';
import { useTimeZone } from './use-time-zone';

const resolver = lazyResolver<EventFormValues>(async () => {
  const [{ zodResolver }, { eventFormSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(eventFormSchema);
});

type EventFormProps = {
  initial: EventFormValues;
  submitLabel: string;
  /** Editing: the button waits for a change. */
  requireChanges?: boolean;
  /** Resolves when saved; the form then takes the saved values as its new baseline. */
  onSubmit: (values: EventFormValues) => Promise<unknown>;
};

export function EventForm({ initial, submitLabel, requireChanges = false, onSubmit }: EventFormProps) {
  const timeZone = useTimeZone();
  const { register, handleSubmit, reset, formState: { errors, isSubmitting, isDirty } } = useForm<EventFormValues>({
    resolver,
    defaultValues: initial,
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      reset(values);
    } catch {
      // The caller has told the user; the form keeps what they typed.
    }
  });
  const zoneHint = `Heure locale${timeZone ? `\u202F: ${zoneName(timeZone)}` : ''}.`;
  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-test="event-form">
      <Input label="Titre" required maxLength={150} error={errors.title?.message} data-test="event-title" {...register('title')} />
      <Textarea label="Description" rows={5} error={errors.description?.message} data-test="event-description" {...register('description')} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Input label="Début" type="datetime-local" required hint={zoneHint} error={errors.startsAt?.message} data-test="event-starts-at" {...register('startsAt')} />
        <Input label="Fin" type="datetime-local" required hint={zoneHint} error={errors.endsAt?.message} data-test="event-ends-at" {...register('endsAt')} />
      </div>
      <Input label="Nombre de places" type="number" inputMode="numeric" min={1} step={1} hint="Laissez vide pour un nombre illimité. Au-delà, les inscrits passent en liste d’attente."
        error={errors.capacity?.message} data-test="event-capacity" {...register('capacity')} />
      <Input label="Lien de connexion" type="url" hint="Visible seulement des inscrits (https://…)." error={errors.joinUrl?.message} data-test="event-join-url" {...register('joinUrl')} />
      <Input label="Lien du replay" type="url" hint="Facultatif, une fois l’événement passé (https://…)." error={errors.replayUrl?.message} data-test="event-replay-url" {...register('replayUrl')} />
      <Button type="submit" loading={isSubmitting} disabled={requireChanges && !isDirty} data-test="event-submit">{submitLabel}</Button>
    </form>
  );
}
