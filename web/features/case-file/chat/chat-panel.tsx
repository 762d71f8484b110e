'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { useToast } from '@/components/ui/toast';
import type { DossierDocument } from '../documents/queries';
import { useDocuments, useDownloadDocument } from '../documents/use-documents';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { useDossier } from '../dossier/use-dossiers';
import { chronological } from './cache';
import { ConsultantCard } from './consultant-card';
import type { Attachment } from './message-bubble';
import { MessageComposer } from './message-composer';
import { MessageList } from './message-list';
import type { Message } from './queries';
import type { MessageValues } from './schema';
import { useMessages, useSendMessage } from './use-chat';

export type ChatPanelProps = {
  dossierId: string;
  viewerId: string;
  /** Display names of the dossier's members, by profile id. */
  names: Record<string, string>;
};

const preview = (body: string) => (body.length > 140 ? `${body.slice(0, 140)}…` : body);

/** Tells screen readers about messages that arrive from others (not about older pages loaded). */
function useArrivalAnnouncement(messages: Message[], viewerId: string, senderName: (id: string) => string) {
  const t = useTranslations('chat');
  const [announcement, setAnnouncement] = useState('');
  const lastId = useRef<string | null>(null);
  useEffect(() => {
    const last = messages[messages.length - 1];
    if (!last) return;
    if (lastId.current !== null && last.id !== lastId.current && last.sender_id !== viewerId) {
      setAnnouncement(t('arrived', { name: senderName(last.sender_id), text: preview(last.body) }));
    }
    lastId.current = last.id;
  }, [messages, viewerId, senderName, t]);
  return announcement;
}

/** The dossier's chat; loaded on demand (next/dynamic) with the messages tab. */
export default function ChatPanel({ dossierId, viewerId, names }: ChatPanelProps) {
  const { explain } = useErrorText();
  const t = useTranslations('chat');
  const toast = useToast();
  const dossier = useDossier(dossierId); // already loaded by the page: who the consultant is
  const query = useMessages(dossierId);
  const documents = useDocuments(dossierId);
  const send = useSendMessage(dossierId);
  const download = useDownloadDocument();
  const messages = chronological(query.data);
  const senderName = (id: string) => names[id] ?? t('team');
  const announcement = useArrivalAnnouncement(messages, viewerId, senderName);
  const byId = new Map((documents.data ?? []).map((document) => [document.id, document]));

  const attachmentOf = (message: Message): Attachment => {
    if (!message.attachment_document_id) return null;
    const document: DossierDocument | undefined = byId.get(message.attachment_document_id);
    if (!document) return documents.data ? 'removed' : null;
    return { fileName: document.file_name, onDownload: () => download.mutate(document, { onError: async (e) => toast.error(await explain(e)) }) };
  };
  const onSend = (values: MessageValues) =>
    send.mutateAsync(values).catch(async (error: unknown) => {
      toast.error(await explain(error));
      throw error;
    });

  return (
    <div className="space-y-4" data-test="chat-panel">
      <p role="status" aria-live="polite" className="sr-only" data-test="chat-announcement">{announcement}</p>
      {dossier.data ? <ConsultantCard proId={dossier.data.pro_id} forCandidate={dossier.data.candidate_id === viewerId} compact /> : null}
      {query.isPending ? (
        <div role="status" className="space-y-3"><span className="sr-only">{t('loading')}</span><Skeleton className="h-16 w-2/3" /><Skeleton className="ml-auto h-16 w-2/3" /></div>
      ) : query.isError ? (
        <Alert tone="danger">{t('loadError')}</Alert>
      ) : (
        <MessageList
          messages={messages}
          viewerId={viewerId}
          senderName={senderName}
          attachmentOf={attachmentOf}
          hasOlder={query.hasNextPage}
          loadingOlder={query.isFetchingNextPage}
          onLoadOlder={() => {
            if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
          }}
        />
      )}
      <MessageComposer
        attachments={(documents.data ?? []).map((document) => ({ value: document.id, label: document.file_name }))}
        sending={send.isPending}
        onSend={onSend}
      />
    </div>
  );
}
