import { Check, CheckCheck, Paperclip } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn, focusRing } from '@/components/ui/cn';
import { formatDateTime, formatInstant } from '@/lib/format';
import type { Message } from './queries';

export type Attachment = { fileName: string; onDownload: () => void } | 'removed' | null;

type MessageBubbleProps = { message: Message; mine: boolean; senderName: string; attachment: Attachment };

/** One message: who and when, the text, its attachment, and for one's own, whether it was read. */
export function MessageBubble({ message, mine, senderName, attachment }: MessageBubbleProps) {
  const t = useTranslations('chat');
  return (
    <li className={cn('flex flex-col gap-1', mine ? 'items-end' : 'items-start')} data-test="chat-message" data-message-id={message.id} data-mine={mine || undefined}>
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-800">{mine ? t('you') : senderName}</span>
        {' · '}
        <time dateTime={message.created_at} title={formatDateTime(message.created_at)}>{formatInstant(message.created_at, 'time')}</time>
      </p>
      <div className={cn('max-w-[85%] rounded-lg px-3 py-2 sm:max-w-[70%]', mine ? 'bg-brand-700 text-white' : 'border border-slate-200 bg-white text-slate-900')}>
        <p className="whitespace-pre-wrap break-words" data-test="chat-message-body">{message.body}</p>
        {attachment === 'removed' ? (
          <p className={cn('mt-2 text-sm italic', mine ? 'text-brand-50' : 'text-slate-600')}>{t('attachmentRemoved')}</p>
        ) : attachment ? (
          <button
            type="button"
            onClick={attachment.onDownload}
            className={cn('mt-2 flex min-h-6 items-center gap-1 rounded text-left text-sm underline underline-offset-2', mine ? 'text-white' : 'text-brand-700', focusRing)}
            data-test="chat-attachment"
          >
            <Paperclip aria-hidden="true" className="size-4 shrink-0" />
            <span><span className="sr-only">{t('downloadAttachment')}</span> {attachment.fileName}</span>
          </button>
        ) : null}
      </div>
      {mine ? (
        <p className="flex items-center gap-1 text-xs text-slate-600" data-test="message-receipt">
          {message.read_at
            ? <><CheckCheck aria-hidden="true" className="size-4 text-brand-700" />{t('read')}</>
            : <><Check aria-hidden="true" className="size-4" />{t('sent')}</>}
        </p>
      ) : null}
    </li>
  );
}
