/** Choices older than this are forgotten: a "1" a day later is a new message, not an answer. */
const CHOICES_TTL_MS = 24 * 60 * 60_000;
/** Chats remembered at most; the longest idle go first. */
const MAX_CHATS = 10_000;

/**
 * The numbered choices last offered in each chat, in memory only (lost on a
 * restart, when an answer "1" is simply read as text), so a reply "1" can
 * be turned back into the button it stands for.
 */
export class ChoiceMemory {
  readonly #chats = new Map<string, { choices: string[]; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The latest answer's choices replace the earlier ones; an answer without any clears them. */
  remember(chat: string, choices: string[]): void {
    this.#chats.delete(chat);
    if (choices.length === 0) return;
    this.#chats.set(chat, { choices, at: this.now() });
    if (this.#chats.size > MAX_CHATS) this.#chats.delete(this.#chats.keys().next().value!);
  }

  recall(chat: string): string[] {
    const entry = this.#chats.get(chat);
    if (!entry) return [];
    if (this.now() - entry.at > CHOICES_TTL_MS) {
      this.#chats.delete(chat);
      return [];
    }
    return entry.choices;
  }
}
