/**
 * Reads back the messages that broadcasts name, one read at a time: the first hint is read at
 * once, and hints that arrive meanwhile (a page of read receipts) are read together next, in order.
 * Returns the function that takes a hint.
 */
export function createReadBack<T>(
  read: (ids: string[]) => Promise<T[]>,
  apply: (ids: string[], found: T[]) => void,
  onError: (error: unknown) => void,
): (messageId: string) => void {
  let waiting = new Set<string>();
  let reading = false;
  const drain = async () => {
    reading = true;
    while (waiting.size > 0) {
      const ids = [...waiting];
      waiting = new Set();
      try {
        apply(ids, await read(ids));
      } catch (error) {
        onError(error);
      }
    }
    reading = false;
  };
  return (messageId) => {
    waiting.add(messageId);
    if (!reading) void drain();
  };
}
