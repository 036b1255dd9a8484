/**
 * A text cut into messages of at most `limit` characters, on a line break
 * when one falls in the second half of a part (messengers cap a message:
 * Telegram and WhatsApp at 4096, WhatsApp's interactive bodies at 1024).
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf("\n", limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  parts.push(rest);
  return parts;
}
