import type { Messages } from './messages';

// Namespaces only server components read (page texts, metadata) or that travel another way (auth:
// AuthTextProvider; admin: AdminTextProvider): left out of what the signed-in area hands to its client components.
const SERVER_ONLY = ['meta', 'legal', 'home', 'notFound', 'auth', 'pages', 'admin', 'errors', 'unsubscribe'] as const;

export type ClientMessages = Omit<Messages, (typeof SERVER_ONLY)[number]>;

/** The messages the signed-in area's client components may ask for. */
export function clientMessages(messages: Messages): ClientMessages {
  const picked: Record<string, unknown> = { ...messages };
  for (const namespace of SERVER_ONLY) delete picked[namespace];
  return picked as ClientMessages;
}
