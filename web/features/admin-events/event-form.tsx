'use client';

import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { fill, useAdminFieldError, useAdminFormat, useAdminText } from '@/features/admin-common';
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
  const text = useAdminText().admin.events;
  const fieldError = useAdminFieldError();
  const format = useAdminFormat();
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
  const zoneHint = timeZone ? fill(text.localTimeIn, { zone: format.zone(timeZone) }) : text.localTime;
  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-test="event-form">
      <Input label={text.title} required maxLength={150} error={fieldError(errors.title?.message)} data-test="event-title" {...register('title')} />
      <Textarea label={text.description} rows={5} error={fieldError(errors.description?.message)} data-test="event-description" {...register('description')} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Input label={text.startsAt} type="datetime-local" required hint={zoneHint} error={fieldError(errors.startsAt?.message)} data-test="event-starts-at" {...register('startsAt')} />
        <Input label={text.endsAt} type="datetime-local" required hint={zoneHint} error={fieldError(errors.endsAt?.message)} data-test="event-ends-at" {...register('endsAt')} />
      </div>
      <Input label={text.capacity} type="number" inputMode="numeric" min={1} step={1} hint={text.capacityHint}
        error={fieldError(errors.capacity?.message)} data-test="event-capacity" {...register('capacity')} />
      <Input label={text.joinUrl} type="url" hint={text.joinUrlHint} error={fieldError(errors.joinUrl?.message)} data-test="event-join-url" {...register('joinUrl')} />
      <Input label={text.replayUrl} type="url" hint={text.replayUrlHint} error={fieldError(errors.replayUrl?.message)} data-test="event-replay-url" {...register('replayUrl')} />
      <Button type="submit" loading={isSubmitting} disabled={requireChanges && !isDirty} data-test="event-submit">{submitLabel}</Button>
    </form>
  );
}
