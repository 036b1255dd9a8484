import { ChatMemory } from "./chat-memory.ts";

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
  readonly #chats: ChatMemory<string[]>;

  constructor(now: () => number = Date.now) {
    this.#chats = new ChatMemory(CHOICES_TTL_MS, MAX_CHATS, now);
  }

  /** The latest answer's choices replace the earlier ones; an answer without any clears them. */
  remember(chat: string, choices: string[]): void {
    if (choices.length === 0) this.#chats.delete(chat);
    else this.#chats.set(chat, choices);
  }

  recall(chat: string): string[] {
    return this.#chats.get(chat) ?? [];
  }
}
