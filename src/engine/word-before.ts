import { wordPattern } from "./escape-regexp.ts";

/**
 * "Is the text right before this amount one of these words, then only
 * separators?" — `(?:^|[^\p{L}\p{N}])(?:word|…)[sep]*$` over the 24
 * characters before it. Run forward, that expression tries its hundreds of
 * words at every place of the window (microseconds per amount, and a 2 KB
 * advert has dozens of amounts); run on the window reversed, with every word
 * reversed, it is anchored at the amount and tried once. The two agree on
 * every text: a word of letters and `\s*` gaps matches a piece of text
 * exactly when the word reversed matches that piece reversed.
 */
export class WordBefore {
  readonly #reversed: RegExp;
  readonly #forward: RegExp;

  /**
   * `words` as compiled into `forward` (normalised, longest first: see
   * compile.ts `alternation`), `separators` the class that may follow them.
   * `forward` is the expression itself, run for its groups once the reversed
   * test has passed.
   */
  constructor(words: readonly string[], separators: string, forward: RegExp) {
    const reversed = words.map((w) => wordPattern([...w].reverse().join("")));
    this.#reversed = new RegExp(`^${separators}*(?:${reversed.join("|")})(?:$|[^\\p{L}\\p{N}])`, "iu");
    this.#forward = forward;
  }

  test(text: string): boolean {
    return this.#reversed.test(reverse(text));
  }

  exec(text: string): RegExpExecArray | null {
    return this.test(text) ? this.#forward.exec(text) : null;
  }
}

/** By code point, so a surrogate pair stays one character. */
function reverse(text: string): string {
  let out = "";
  for (let i = text.length; i > 0; ) {
    const low = text.charCodeAt(i - 1);
    const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    out += text.slice(i - width, i);
    i -= width;
  }
  return out;
}
