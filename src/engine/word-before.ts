import { wordPattern } from "./escape-regexp.ts";

/**
 * "Is the text right before this amount one of these words, then only
 * separators?" — `(?:^|[^\p{L}\p{N}])(?:word|…)[sep]*$` over the 24
 * characters before it. Run forward, that expression tries its hundreds of
 * words at every place of the window (microseconds per amount, and a 2 KB
 * advert has dozens of amounts); as a look-behind tried at the window's end
 * only, the engine reads it backwards from the amount, once. The two agree on
 * every text: both ask whether the window ends with a match of the same
 * expression.
 */
export class WordBefore {
  readonly #behind: RegExp;
  readonly #forward: RegExp;

  /**
   * `words` as compiled into `forward` (normalised: see compile.ts
   * `alternation`), `separators` the class that may follow them. `forward` is
   * the expression itself, run for its groups once the look-behind matched.
   */
  constructor(words: readonly string[], separators: string, forward: RegExp) {
    this.#behind = new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])(?:${words.map(wordPattern).join("|")})${separators}*)`, "iuy");
    this.#forward = forward;
  }

  test(text: string): boolean {
    this.#behind.lastIndex = text.length;
    return this.#behind.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.test(text) ? this.#forward.exec(text) : null;
  }
}
