'use client';

import { emailKindLabels } from '@contract/labels';
import { emailKindLabelsEn } from '@contract/labels-en';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { EMAIL_KINDS, type EmailChoices, isRequiredEmailKind } from './email-preferences';
import { useEmailChoices, useSaveEmailChoices } from './use-email-choices';

/** Which kinds of email the member receives; security and account emails always go. */
export function EmailPreferencesForm({ userId }: { userId: string }) {
  const { describe } = useErrorText();
  const t = useTranslations('profile');
  const { data: choices, error } = useEmailChoices(userId);
  if (error) return <p role="alert" className="text-sm text-red-700">{describe(error)}</p>;
  if (!choices) return <p className="text-sm text-slate-600" aria-busy="true">{t('emailChoicesLoading')}</p>;
  return <ChoicesForm userId={userId} saved={choices} />;
}

function ChoicesForm({ userId, saved }: { userId: string; saved: EmailChoices }) {
  const { describe, language } = useErrorText();
  const t = useTranslations('profile');
  // The kinds' names come from the contract, which the emails and the unsubscribe page share.
  const kindLabels = language === 'en' ? emailKindLabelsEn : emailKindLabels;
  const toast = useToast();
  const save = useSaveEmailChoices(userId);
  const { register, handleSubmit, reset, formState: { isDirty } } = useForm<EmailChoices>({ defaultValues: saved });

  const onSubmit = handleSubmit((after) =>
    save.mutateAsync({ before: saved, after }).then(
      (choices) => {
        reset(choices);
        toast.success(t('emailChoicesSaved'));
      },
      (failure: unknown) => toast.error(describe(failure)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="email-preferences">
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm text-slate-600">{t('emailChoicesLegend')}</legend>
        {EMAIL_KINDS.map((kind) =>
          isRequiredEmailKind(kind)
            ? <Checkbox key={kind} label={t('emailKindAlways', { kind: kindLabels[kind] })} checked disabled readOnly data-test={`email-kind-${kind}`} />
            : <Checkbox key={kind} label={kindLabels[kind]} data-test={`email-kind-${kind}`} {...register(kind)} />,
        )}
      </fieldset>
      <Button type="submit" loading={save.isPending} disabled={!isDirty} data-test="email-preferences-save">{t('emailChoicesSave')}</Button>
    </form>
  );
}
