/**
 * Where to answer each sender, in this process's memory only: a raw chat id
 * or phone number may not be stored, so a forward gathered in the database
 * is answered by the instance that heard its sender, or when they next write.
 * Entries older than `ttlMs` are forgotten, so the book holds only senders
 * heard lately.
 */
export function addressBook(ttlMs: number) {
  const entries = new Map<string, { to: string; at: number }>();
  const fresh = (at: number) => Date.now() - at <= ttlMs;
  return {
    set(senderHash: string, to: string): void {
      // Map keeps insertion order: re-inserting moves the sender last, so the stale ones lead.
      entries.delete(senderHash);
      entries.set(senderHash, { to, at: Date.now() });
      for (const [key, entry] of entries) {
        if (fresh(entry.at)) break;
        entries.delete(key);
      }
    },
    get(senderHash: string): string | undefined {
      const entry = entries.get(senderHash);
      return entry && fresh(entry.at) ? entry.to : undefined;
    },
  };
}
