/**
 * Something kept per chat in process memory only (lost on a restart, never
 * in the database or logs). An entry older than `ttlMs` is forgotten; past
 * `maxChats`, the chat stored longest ago goes first, so a flood of new
 * chats cannot grow it without bound.
 */
export class ChatMemory<T> {
  readonly #chats = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxChats: number,
    private readonly now: () => number = Date.now,
  ) {}

  set(chat: string, value: T): void {
    // Re-inserted, so the Map's order stays the order of storing.
    this.#chats.delete(chat);
    this.#chats.set(chat, { value, at: this.now() });
    if (this.#chats.size > this.maxChats) this.#chats.delete(this.#chats.keys().next().value!);
  }

  get(chat: string): T | undefined {
    const entry = this.#chats.get(chat);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.#chats.delete(chat);
      return undefined;
    }
    return entry.value;
  }

  delete(chat: string): void {
    this.#chats.delete(chat);
  }
}
