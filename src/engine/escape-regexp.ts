/**
 * Data words as literal text inside a regular expression. Only the syntax
 * characters are escaped: in `u` mode an escaped "-" outside a class is an
 * error, so a data word with a hyphen ("per-day") would stop the engine at
 * start-up.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One of `alternation`'s words where a word begins: `(?<![\p{L}\p{N}])(?:…)`
 * with the words looked for first. Searched over a whole advert, the
 * look-behind first ran its letter class at every character (most of the
 * time of the clause-break search on long adverts); a look-ahead for the
 * words fails fast, and the match is the same.
 */
export function atWordStart(alternation: string): string {
  return `(?=${alternation})(?<![\\p{L}\\p{N}])(?:${alternation})`;
}

/** A data word or phrase as a pattern: escaped, any run of spaces as `\s*` ("per hour" reads "perhour" and "per  hour"). */
export function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/\s+/g, "\\s*");
}
