import { canonicalText } from "../memory/shingles.ts";
import type { AdvertMemory, SimilarAdverts } from "../memory/types.ts";

/**
 * How the dialogue uses the advert memory. The memory is a help, not a
 * need: when it cannot be reached the verdict goes out without its line,
 * and the advert is not counted.
 */
export interface CheckedAdverts {
  /** What is known of near-duplicates before this advert is counted; undefined when nothing can be said. */
  before(text: string): Promise<SimilarAdverts | undefined>;
  /** Counts a checked advert, once per sender and advert. */
  seen(text: string, where: { sender: string; channel: string; country: string | null }): Promise<void>;
}

/**
 * The idempotency key of a check: the sender's keyed hash and the advert's
 * masked words (contacts, numbers and emoji out), so a redelivery, or the
 * same person sending the same advert again, with another phone number or
 * other emoji, is counted once. The memory keeps only a keyed hash of it.
 */
export function checkKey(sender: string, text: string): string {
  return `check\u0000${sender}\u0000${canonicalText(text)}`;
}

export function checkedAdverts(memory: AdvertMemory | undefined, log: { warn: (obj: object, msg: string) => void }): CheckedAdverts {
  return {
    async before(text) {
      try {
        return memory ? await memory.recall(text) : undefined;
      } catch (error) {
        log.warn({ err: error }, "advert memory not read");
        return undefined;
      }
    },
    async seen(text, { sender, channel, country }) {
      try {
        await memory?.remember({ text, source: channel, country, key: checkKey(sender, text) });
      } catch (error) {
        log.warn({ err: error }, "advert not remembered");
      }
    },
  };
}
