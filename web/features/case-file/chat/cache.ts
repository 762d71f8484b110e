import type { InfiniteData } from '@tanstack/react-query';
import type { Message, MessagePage } from './queries';

export type MessagePages = InfiniteData<MessagePage>;

const newerFirst = (a: Message, b: Message) =>
  a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at);

function mapMessages(data: MessagePages, change: (messages: Message[]) => Message[]): MessagePages {
  return { ...data, pages: data.pages.map((page) => ({ ...page, messages: change(page.messages) })) };
}

/**
 * A message arrived or changed (our own send, or one read back after a broadcast): replaced where
 * it already is, else put in the newest page. A read-back may repeat what the insert answered, so by id.
 */
export function upsertMessage(data: MessagePages | undefined, message: Message): MessagePages | undefined {
  if (!data) return data;
  const known = data.pages.some((page) => page.messages.some((existing) => existing.id === message.id));
  if (known) return mapMessages(data, (messages) => messages.map((existing) => (existing.id === message.id ? message : existing)));
  const [newest, ...older] = data.pages;
  const first: MessagePage = { older: newest?.older ?? null, messages: [...(newest?.messages ?? []), message].sort(newerFirst) };
  return { ...data, pages: [first, ...older] };
}

export function removeMessage(data: MessagePages | undefined, messageId: string): MessagePages | undefined {
  if (!data) return data;
  return mapMessages(data, (messages) => messages.filter((message) => message.id !== messageId));
}

/**
 * What the database returned when asked for `ids` after a broadcast: those it returned are shown
 * as it holds them; the others are gone (deleted, or no longer readable) and leave the chat.
 */
export function reconcileMessages(data: MessagePages | undefined, ids: string[], found: Message[]): MessagePages | undefined {
  const returned = new Set(found.map((message) => message.id));
  const pruned = ids.filter((id) => !returned.has(id)).reduce((pages, id) => removeMessage(pages, id), data);
  return found.reduce((pages, message) => upsertMessage(pages, message), pruned);
}

/** After mark_dossier_messages_read: others' messages read now (the broadcasts bring exact times). */
export function markOthersRead(data: MessagePages | undefined, viewerId: string, at: string): MessagePages | undefined {
  if (!data) return data;
  return mapMessages(data, (messages) =>
    messages.map((message) => (message.sender_id !== viewerId && !message.read_at ? { ...message, read_at: at } : message)),
  );
}

/** Oldest first, as the chat shows them (newest at the bottom), without duplicates. */
export function chronological(data: MessagePages | undefined): Message[] {
  if (!data) return [];
  const byId = new Map<string, Message>();
  for (const page of data.pages) for (const message of page.messages) byId.set(message.id, message);
  return [...byId.values()].sort(newerFirst).reverse();
}
