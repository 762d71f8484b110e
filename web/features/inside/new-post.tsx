'use client';

import { PenSquare } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { LazyPostForm } from './lazy-forms';
import { useCreatePost } from './use-post-mutations';

/** « Nouvelle publication »: opens the form in place; the feed is read again once it is posted. */
export function NewPost() {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const toast = useToast();
  const create = useCreatePost();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} data-test="new-post">
        <PenSquare aria-hidden="true" className="size-5" />{t('newPost')}
      </Button>
    );
  }
  return (
    <section aria-labelledby="nouvelle-publication" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="nouvelle-publication" className="mb-4 text-lg font-semibold">{t('newPost')}</h2>
      <LazyPostForm
        submitLabel={t('publish')}
        onCancel={() => setOpen(false)}
        onSubmit={(values) => create.mutateAsync(values).then(
          () => {
            toast.success(t('postShared'));
            setOpen(false);
          },
          async (error: unknown) => {
            toast.error(await explain(error));
            throw error;
          },
        )}
      />
    </section>
  );
}
