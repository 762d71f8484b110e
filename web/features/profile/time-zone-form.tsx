'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { zoneChoices, zoneLabel } from './time-zone';
import { useSaveTimeZone, useTimeZone } from './use-time-zone';

/** The member's time zone, chosen among the zones the browser knows. */
export function TimeZoneForm({ userId }: { userId: string }) {
  const { describe } = useErrorText();
  const t = useTranslations('timeZone');
  const { data: timeZone, error } = useTimeZone(userId);
  if (error) return <p role="alert" className="text-sm text-red-700">{describe(error)}</p>;
  if (!timeZone) return <p className="text-sm text-slate-600" aria-busy="true">{t('loading')}</p>;
  return <ZoneForm userId={userId} saved={timeZone} />;
}

function ZoneForm({ userId, saved }: { userId: string; saved: string }) {
  const { describe } = useErrorText();
  const t = useTranslations('timeZone');
  const toast = useToast();
  const save = useSaveTimeZone(userId);
  const { register, handleSubmit, reset, setValue, formState: { isDirty } } = useForm({ defaultValues: { timeZone: saved } });
  const locale = useLocale();
  const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const options = useMemo(() => zoneChoices(saved).map((zone) => ({ value: zone, label: zoneLabel(zone, locale) })), [saved, locale]);

  const onSubmit = handleSubmit(({ timeZone }) =>
    save.mutateAsync(timeZone).then(
      (zone) => {
        reset({ timeZone: zone });
        toast.success(t('saved'));
      },
      (failure: unknown) => toast.error(describe(failure)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="time-zone-form">
      <Select label={t('label')} hint={t('hint')} options={options}
        {...register('timeZone')} />
      <div className="flex flex-wrap gap-3">
        {device && device !== saved
          ? <Button type="button" variant="secondary" onClick={() => setValue('timeZone', device, { shouldDirty: true })}>{t('device', { zone: zoneLabel(device, locale) })}</Button>
          : null}
        <Button type="submit" loading={save.isPending} disabled={!isDirty}>{t('save')}</Button>
      </div>
    </form>
  );
}
