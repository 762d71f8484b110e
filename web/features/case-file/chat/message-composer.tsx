'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Send } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Select, type SelectOption } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { formatNumber } from '@/lib/format';
import { MESSAGE_MAX_LENGTH, messageSchema, type MessageValues } from './schema';

type MessageComposerProps = {
  /** Documents of the dossier that may be attached. */
  attachments: SelectOption[];
  sending: boolean;
  onSend: (values: MessageValues) => Promise<unknown>;
};

/**
 * Write, optionally attach a document of the dossier, send (button, or Ctrl+Enter). The shortcut is
 * mentioned only where a precise pointer suggests a physical keyboard (`pointer: fine`), not on phones.
 */
export function MessageComposer({ attachments, sending, onSend }: MessageComposerProps) {
  const t = useTranslations('chat');
  const locale = useLocale();
  const field = useRef<HTMLTextAreaElement | null>(null);
  const { register, handleSubmit, control, reset, formState: { errors } } = useForm<MessageValues>({
    resolver: zodResolver(messageSchema),
    defaultValues: { body: '', attachmentId: '' },
  });
  const body = useWatch({ control, name: 'body' });
  const { ref: bodyRef, ...bodyField } = register('body');
  async function send(values: MessageValues) {
    try {
      await onSend(values);
      reset({ body: '', attachmentId: '' });
      field.current?.focus(); // ready for the next message
    } catch {
      // The caller says what went wrong; the text stays so nothing is lost.
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(send)(event)} noValidate className="space-y-3 border-t border-slate-200 pt-4" data-test="chat-composer">
      <Textarea
        label={t('composerLabel')}
        hint={t('counter', { count: formatNumber(body.length, locale), max: formatNumber(MESSAGE_MAX_LENGTH, locale) })}
        rows={3}
        data-test="chat-input"
        error={errors.body?.message ? t(errors.body.message as 'bodyRequired' | 'bodyTooLong') : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void handleSubmit(send)();
          }
        }}
        ref={(element) => {
          bodyRef(element);
          field.current = element;
        }}
        {...bodyField}
      />
      <p className="hidden text-sm text-slate-600 pointer-fine:block" data-test="chat-shortcut-hint">{t('shortcut')}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Select label={t('attachLabel')} options={[{ value: '', label: t('noAttachment') }, ...attachments]} data-test="chat-attachment-select" {...register('attachmentId')} />
        </div>
        <Button type="submit" loading={sending} data-test="chat-send">
          <Send aria-hidden="true" className="size-4" />{t('send')}
        </Button>
      </div>
    </form>
  );
}
