'use client';

import { emailKindLabels } from '@contract/labels';
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
  const { data: choices, error } = useEmailChoices(userId);
  if (error) return <p role="alert" className="text-sm text-red-700">{describe(error)}</p>;
  if (!choices) return <p className="text-sm text-slate-600" aria-busy="true">Chargement de vos choix…</p>;
  return <ChoicesForm userId={userId} saved={choices} />;
}

function ChoicesForm({ userId, saved }: { userId: string; saved: EmailChoices }) {
  const { describe } = useErrorText();
  const toast = useToast();
  const save = useSaveEmailChoices(userId);
  const { register, handleSubmit, reset, formState: { isDirty } } = useForm<EmailChoices>({ defaultValues: saved });

  const onSubmit = handleSubmit((after) =>
    save.mutateAsync({ before: saved, after }).then(
      (choices) => {
        reset(choices);
        toast.success('Choix de courriels enregistrés.');
      },
      (failure: unknown) => toast.error(describe(failure)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="email-preferences">
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm text-slate-600">Les courriels que vous recevez, par type. Chaque courriel contient aussi un lien pour vous désabonner de son type.</legend>
        {EMAIL_KINDS.map((kind) =>
          isRequiredEmailKind(kind)
            ? <Checkbox key={kind} label={`${emailKindLabels[kind]} (toujours envoyés)`} checked disabled readOnly data-test={`email-kind-${kind}`} />
            : <Checkbox key={kind} label={emailKindLabels[kind]} data-test={`email-kind-${kind}`} {...register(kind)} />,
        )}
      </fieldset>
      <Button type="submit" loading={save.isPending} disabled={!isDirty} data-test="email-preferences-save">Enregistrer mes choix</Button>
    </form>
  );
}
