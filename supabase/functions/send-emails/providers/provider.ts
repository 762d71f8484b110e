// What the sender hands a provider, and how a provider says a send failed.
export type OutgoingEmail = {
  /** Outbox id: sent along so a provider's logs and events lead back to the row. */
  outboxId: string;
  kind: string;
  to: string;
  from: { email: string; name: string };
  subject: string;
  text: string;
  html: string;
  /** Extra header fields (List-Unsubscribe, List-Unsubscribe-Post), ASCII values. */
  headers?: Record<string, string>;
};

/** `permanent` failures (the message itself is refused) are not retried. */
export class SendError extends Error {
  constructor(message: string, readonly permanent = false) {
    super(message);
    this.name = 'SendError';
  }
}

export interface EmailProvider {
  readonly name: string;
  /** Resolves once the provider accepted the email; rejects with SendError otherwise. */
  send(email: OutgoingEmail, signal: AbortSignal): Promise<void>;
}

/** A bare address, refusing anything that could smuggle headers or extra recipients. */
export function checkedAddress(address: string): string {
  if (!/^[^\s<>(),;:"\\]+@[^\s<>(),;:"\\]+$/.test(address)) throw new SendError('Invalid recipient address.', true);
  return address;
}
