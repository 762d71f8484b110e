'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useFieldError } from '@/features/auth';
import { CATEGORIES } from './labels';
import { POST_BODY_MAX, postSchema, type PostValues } from './schema';

const EMPTY: PostValues = { title: '', body: '', category: 'general' };

type PostFormProps = {
  initial?: PostValues;
  submitLabel: string;
  /** Resolves when saved (the form then empties or closes); rejects to keep what was typed. */
  onSubmit: (values: PostValues) => Promise<unknown>;
  onCancel?: () => void;
  testId?: string;
};

/** Write or edit a post: optional title, category, text (limits of the database said up front). */
export function PostForm({ initial = EMPTY, submitLabel, onSubmit, onCancel, testId = 'post-form' }: PostFormProps) {
  const t = useTranslations('inside');
  const fieldError = useFieldError();
  const categoryOptions = CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }));
  const { register, handleSubmit, control, reset, formState: { errors, isSubmitting } } = useForm<PostValues>({
    resolver: zodResolver(postSchema),
    defaultValues: initial,
  });
  const body = useWatch({ control, name: 'body' });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      reset(initial === EMPTY ? EMPTY : values);
    } catch {
      // The caller told the user why; what they typed stays.
    }
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-test={testId}>
      <Input label={t('titleLabel')} maxLength={150} error={fieldError(errors.title?.message)} data-test="post-title" {...register('title')} />
      <Select label={t('categoryLabel')} options={categoryOptions} error={fieldError(errors.category?.message)} data-test="post-category" {...register('category')} />
      <Textarea
        label={t('bodyLabel')}
        required
        rows={5}
        hint={t('bodyHint', { count: body.length, max: POST_BODY_MAX })}
        error={fieldError(errors.body?.message)}
        data-test="post-body"
        {...register('body')}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={isSubmitting} data-test="post-submit">{submitLabel}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>{t('cancel')}</Button> : null}
      </div>
    </form>
  );
}
