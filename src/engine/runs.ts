import { classAt, SEPARATOR, WORD_CHARACTER } from "./scripts.ts";

/**
 * A text cut into runs of word characters and runs of symbols ("100", "%",
 * "visa"); spaces, dashes and underscores only separate runs. Quotes around a
 * word are not part of it: 'visa' → visa. Read character by character from a
 * table: the regular expression it replaces (`[\p{L}\p{M}\p{N}']+|[^\p{L}\p{M}\p{N}'\s\-_]+`
 * with `u`) and an object per run were a good part of a lexicon scan.
 */
export interface Runs {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** By run: 1 where only separators (no trimmed quote) lie between it and the next run. */
  joined: Uint8Array;
}

const WORD = 1;
const SEPARATOR_RUN = 2;
const SYMBOL = 3;
/** Set in a kind when the character takes two code units (a surrogate pair). */
const WIDE = 4;

/** The kind of the code point at `i`, read from the shared character table; a lone surrogate is a symbol, as the `u` expression reads it. */
function kindAt(text: string, i: number): number {
  const packed = classAt(text, i);
  const kind = packed & WORD_CHARACTER ? WORD : packed & SEPARATOR ? SEPARATOR_RUN : SYMBOL;
  return packed >> 8 === 2 ? kind | WIDE : kind;
}

const APOSTROPHE = 0x27;

/** Cuts `text` into runs, reusing `into`'s arrays (grown as needed). */
export function cutRuns(text: string, into: Runs = emptyRuns()): Runs {
  // Read once: texts of every representation (sliced, concatenated, one- or two-byte) pass here, and `text.length`
  // in the loops was a megamorphic property load at every character.
  const length = text.length;
  if (into.starts.length < length) {
    const size = Math.max(length, into.starts.length * 2);
    into.starts = new Int32Array(size);
    into.ends = new Int32Array(size);
    into.joined = new Uint8Array(size);
  }
  const { starts, ends, joined } = into;
  let count = 0;
  let trimmedEnd = true;
  for (let i = 0; i < length; ) {
    const first = kindAt(text, i);
    if ((first & 3) === SEPARATOR_RUN) {
      i += first & WIDE ? 2 : 1;
      continue;
    }
    let end = i + (first & WIDE ? 2 : 1);
    while (end < length) {
      const kind = kindAt(text, end);
      if ((kind & 3) !== (first & 3)) break;
      end += kind & WIDE ? 2 : 1;
    }
    const rawStart = i;
    let start = i;
    i = end;
    if (!(end - start === 1 && text.charCodeAt(start) === APOSTROPHE)) {
      while (start < end && text.charCodeAt(start) === APOSTROPHE) start++;
      while (end > start && text.charCodeAt(end - 1) === APOSTROPHE) end--;
    }
    if (count > 0) joined[count - 1] = trimmedEnd || start !== rawStart ? 0 : 1;
    starts[count] = start;
    ends[count] = end;
    trimmedEnd = end !== i;
    count++;
  }
  if (count > 0) joined[count - 1] = 0;
  into.count = count;
  return into;
}

export function emptyRuns(): Runs {
  return { count: 0, starts: new Int32Array(64), ends: new Int32Array(64), joined: new Uint8Array(64) };
}
