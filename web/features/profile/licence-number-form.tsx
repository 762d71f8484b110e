'use client';

import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { useLicenceNumber, useSaveLicenceNumber } from './use-licence-number';

/** The consultant's CICC licence number, shown to their candidates; the database checks its format. */
export function LicenceNumberForm({ proId }: { proId: string }) {
  const t = useTranslations('profile');
  const { describe } = useErrorText();
  const { data: saved, error, isPending } = useLicenceNumber(proId);
  if (error) return <p role="alert" className="text-sm text-red-700">{t('licenceLoadError')} {describe(error)}</p>;
  if (isPending) return <p className="text-sm text-slate-600" aria-busy="true">{t('licenceLoading')}</p>;
  return <NumberForm proId={proId} saved={saved} />;
}

function NumberForm({ proId, saved }: { proId: string; saved: string | null }) {
  const t = useTranslations('profile');
  const { explain } = useErrorText();
  const toast = useToast();
  const save = useSaveLicenceNumber(proId);
  const { register, handleSubmit, reset, setError, formState: { errors, isDirty } } = useForm({ defaultValues: { licenceNumber: saved ?? '' } });

  const onSubmit = handleSubmit(({ licenceNumber }) =>
    save.mutateAsync(licenceNumber).then(
      (number) => {
        reset({ licenceNumber: number ?? '' });
        toast.success(number ? t('licenceSaved') : t('licenceRemoved'));
      },
      async (failure: unknown) => setError('licenceNumber', { message: await explain(failure) }),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="licence-form">
      <p className="text-sm text-slate-800" data-test="licence-current">
        {saved ? t('licenceCurrent', { number: saved }) : t('licenceNone')}
      </p>
      <Input label={t('licenceLabel')} hint={t('licenceHint')} autoComplete="off" spellCheck={false} maxLength={20}
        className="max-w-xs uppercase" error={errors.licenceNumber?.message} data-test="licence-number" {...register('licenceNumber')} />
      <Button type="submit" loading={save.isPending} disabled={!isDirty} data-test="licence-save">{t('licenceSave')}</Button>
    </form>
  );
}
