/**
 * Data words as literal text inside a regular expression. Only the syntax
 * characters are escaped: in `u` mode an escaped "-" outside a class is an
 * error, so a data word with a hyphen ("per-day") would stop the engine at
 * start-up.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A data word or phrase as a pattern: escaped, any run of spaces as `\s*` ("per hour" reads "perhour" and "per  hour"). */
export function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/\s+/g, "\\s*");
}
