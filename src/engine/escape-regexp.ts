/**
 * Data words as literal text inside a regular expression. Only the syntax
 * characters are escaped: in `u` mode an escaped "-" outside a class is an
 * error, so a data word with a hyphen ("per-day") would stop the engine at
 * start-up.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
