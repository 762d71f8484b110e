'use client';

import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { describeError } from '@/lib/supabase/errors';
import { zoneChoices } from './time-zone';
import { useSaveTimeZone, useTimeZone } from './use-time-zone';

// The form's words, in one place (the app's messages files will take them over).
const words = {
  loading: 'Chargement de votre fuseau horaire…',
  label: 'Fuseau horaire',
  hint: 'Les heures de vos notifications, courriels et fichiers de calendrier sont données dans ce fuseau.',
  browser: (zone: string) => `Utiliser celui de cet appareil (${zone})`,
  save: 'Enregistrer le fuseau horaire',
  saved: 'Fuseau horaire enregistré.',
};

/** The member's time zone, chosen among the zones the browser knows. */
export function TimeZoneForm({ userId }: { userId: string }) {
  const { data: timeZone, error } = useTimeZone(userId);
  if (error) return <p role="alert" className="text-sm text-red-700">{describeError(error)}</p>;
  if (!timeZone) return <p className="text-sm text-slate-600" aria-busy="true">{words.loading}</p>;
  return <ZoneForm userId={userId} saved={timeZone} />;
}

function ZoneForm({ userId, saved }: { userId: string; saved: string }) {
  const toast = useToast();
  const save = useSaveTimeZone(userId);
  const { register, handleSubmit, reset, setValue, formState: { isDirty } } = useForm({ defaultValues: { timeZone: saved } });
  const device = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const onSubmit = handleSubmit(({ timeZone }) =>
    save.mutateAsync(timeZone).then(
      (zone) => {
        reset({ timeZone: zone });
        toast.success(words.saved);
      },
      (failure: unknown) => toast.error(describeError(failure)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="time-zone-form">
      <Select label={words.label} hint={words.hint} options={zoneChoices(saved).map((zone) => ({ value: zone, label: zone }))}
        {...register('timeZone')} />
      <div className="flex flex-wrap gap-3">
        {device && device !== saved
          ? <Button type="button" variant="secondary" onClick={() => setValue('timeZone', device, { shouldDirty: true })}>{words.browser(device)}</Button>
          : null}
        <Button type="submit" loading={save.isPending} disabled={!isDirty}>{words.save}</Button>
      </div>
    </form>
  );
}
