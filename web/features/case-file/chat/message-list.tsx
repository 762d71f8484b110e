'use client';

import { useTranslations } from 'next-intl';
import { Fragment, useEffect, useLayoutEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { formatDayLabel } from '@/lib/format';
import { MessageBubble, type Attachment } from './message-bubble';
import type { Message } from './queries';

type MessageListProps = {
  messages: Message[];
  viewerId: string;
  senderName: (senderId: string) => string;
  attachmentOf: (message: Message) => Attachment;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
};

const NEAR_BOTTOM_PX = 80;

/**
 * The conversation, newest at the bottom. Scrolling to the top loads older pages (with the
 * position kept); a button does the same for keyboard and switch users.
 */
export function MessageList({ messages, viewerId, senderName, attachmentOf, hasOlder, loadingOlder, onLoadOlder }: MessageListProps) {
  const t = useTranslations('chat');
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const previous = useRef<{ first?: string; last?: string; height: number }>({ height: 0 });
  const loadOlder = useRef(onLoadOlder);
  useEffect(() => {
    loadOlder.current = onLoadOlder;
  });

  // Before paint: stick to the bottom for new messages, keep the view still when older ones arrive.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const first = messages[0]?.id;
    const last = messages[messages.length - 1];
    const before = previous.current;
    if (before.last === undefined || (last?.id !== before.last && (atBottom.current || last?.sender_id === viewerId))) {
      element.scrollTop = element.scrollHeight;
    } else if (first !== before.first && last?.id === before.last) {
      element.scrollTop += element.scrollHeight - before.height;
    }
    previous.current = { first, last: last?.id, height: element.scrollHeight };
  }, [messages, viewerId]);

  useEffect(() => {
    const root = scroller.current;
    const target = sentinel.current;
    if (!root || !target || !hasOlder || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadOlder.current();
    }, { root, rootMargin: '120px 0px 0px 0px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasOlder]);

  return (
    <div
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label={t('thread')}
      onScroll={(event) => {
        const el = event.currentTarget;
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
      }}
      className="h-[26rem] max-h-[60vh] overflow-y-auto rounded-md bg-slate-50 p-4 focus-visible:outline-2 focus-visible:outline-brand-600"
      data-test="chat-scroller"
    >
      <div ref={sentinel} className="flex justify-center pb-3">
        {hasOlder ? (
          <Button variant="ghost" size="sm" loading={loadingOlder} onClick={onLoadOlder} data-test="chat-load-older">
            {t('loadOlder')}
          </Button>
        ) : messages.length > 0 ? (
          <p className="text-sm text-slate-600">{t('start')}</p>
        ) : null}
      </div>
      {messages.length === 0 ? (
        <p className="py-12 text-center text-slate-600">{t('empty')}</p>
      ) : (
        <ol aria-label={t('messagesLabel')} className="space-y-4" data-test="chat-messages">
          {messages.map((message, index) => {
            const day = formatDayLabel(message.created_at);
            const newDay = index === 0 || formatDayLabel(messages[index - 1]!.created_at) !== day;
            return (
              <Fragment key={message.id}>
                {newDay ? (
                  <li className="flex items-center gap-3 text-xs font-medium text-slate-600" data-test="chat-day">
                    <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />{day}<span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
                  </li>
                ) : null}
                <MessageBubble message={message} mine={message.sender_id === viewerId} senderName={senderName(message.sender_id)} attachment={attachmentOf(message)} />
              </Fragment>
            );
          })}
        </ol>
      )}
    </div>
  );
}
