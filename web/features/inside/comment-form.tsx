'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { useFieldError } from '@/features/auth';
import { COMMENT_BODY_MAX, commentSchema, type CommentValues } from './schema';

type CommentFormProps = {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (values: CommentValues) => Promise<unknown>;
  onCancel?: () => void;
  testId?: string;
};

/** Write or edit a comment; the text stays when saving fails. */
export function CommentForm({ label, submitLabel, initial = '', onSubmit, onCancel, testId = 'comment-form' }: CommentFormProps) {
  const t = useTranslations('inside');
  const fieldError = useFieldError();
  const { register, handleSubmit, control, reset, formState: { errors, isSubmitting } } = useForm<CommentValues>({
    resolver: zodResolver(commentSchema),
    defaultValues: { body: initial },
  });
  const body = useWatch({ control, name: 'body' });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      reset({ body: initial });
    } catch {
      // Already told to the user by the caller.
    }
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-test={testId}>
      <Textarea label={label} rows={3} required hint={t('commentHint', { count: body.length, max: COMMENT_BODY_MAX })}
        error={fieldError(errors.body?.message)} data-test="comment-body" {...register('body')} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={isSubmitting} data-test="comment-submit">{submitLabel}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>{t('cancel')}</Button> : null}
      </div>
    </form>
  );
}
