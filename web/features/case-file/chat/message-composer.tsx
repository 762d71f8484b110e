'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Send } from 'lucide-react';
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Select, type SelectOption } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { MESSAGE_MAX_LENGTH, messageSchema, type MessageValues } from './schema';

type MessageComposerProps = {
  /** Documents of the dossier that may be attached. */
  attachments: SelectOption[];
  sending: boolean;
  onSend: (values: MessageValues) => Promise<unknown>;
};

/** Write, optionally attach a document of the dossier, send (button, or Ctrl+Entrée). */
export function MessageComposer({ attachments, sending, onSend }: MessageComposerProps) {
  const field = useRef<HTMLTextAreaElement | null>(null);
  const { register, handleSubmit, control, reset, formState: { errors } } = useForm<MessageValues>({
    resolver: zodResolver(messageSchema),
    defaultValues: { body: '', attachmentId: '' },
  });
  const body = useWatch({ control, name: 'body' });
  const { ref: bodyRef, ...bodyField } = register('body');
  const submit = handleSubmit(async (values) => {
    try {
      await onSend(values);
      reset({ body: '', attachmentId: '' });
      field.current?.focus(); // ready for the next message
    } catch {
      // The caller says what went wrong; the text stays so nothing is lost.
    }
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-slate-200 pt-4" data-test="chat-composer">
      <Textarea
        label="Votre message"
        hint={`Ctrl+Entrée pour envoyer. ${body.length} / ${MESSAGE_MAX_LENGTH} caractères.`}
        rows={3}
        data-test="chat-input"
        error={errors.body?.message}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
        ref={(element) => {
          bodyRef(element);
          field.current = element;
        }}
        {...bodyField}
      />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Select label="Joindre un document du dossier (facultatif)" options={[{ value: '', label: 'Aucune pièce jointe' }, ...attachments]} data-test="chat-attachment-select" {...register('attachmentId')} />
        </div>
        <Button type="submit" loading={sending} data-test="chat-send">
          <Send aria-hidden="true" className="size-4" />Envoyer
        </Button>
      </div>
    </form>
  );
}
