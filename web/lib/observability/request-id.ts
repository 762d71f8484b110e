// The request id that ties a browser action to the server's and the edge functions' logs and error
// reports. The browser makes one per call and sends it as `x-request-id`; a server that gets none
// (or one not id-shaped: it is caller input) makes its own.
export const requestIdHeader = 'x-request-id';

const idShape = /^[A-Za-z0-9_-]{8,64}$/;

/** 32 hex characters; getRandomValues also works off HTTPS, where randomUUID does not exist. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function requestIdOr(sent: string | string[] | null | undefined): string {
  const value = Array.isArray(sent) ? sent[0] : sent;
  return value && idShape.test(value) ? value : newRequestId();
}
