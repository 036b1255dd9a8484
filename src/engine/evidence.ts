import type { Evidence } from "./types.ts";

const WORD = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;
const CURRENCY = /\p{Sc}/u;

/**
 * Evidence widened to whole words: an expression may stop inside a word or a
 * number ("олдиндан 7" of "олдиндан 700$"), and a quote cut there reads to
 * the person as a different thing than the advert says. A currency sign
 * written against the number ("700$", "$700") is part of the amount.
 */
export function wholeWords(evidence: Evidence, original: string): Evidence {
  let { start, end } = evidence;
  while (start > 0 && WORD.test(original[start - 1]!) && WORD.test(original[start]!)) start--;
  while (end < original.length && end > 0 && WORD.test(original[end - 1]!) && WORD.test(original[end]!)) end++;
  if (end < original.length && end > 0 && DIGIT.test(original[end - 1]!) && CURRENCY.test(original[end]!)) end++;
  if (start > 0 && DIGIT.test(original[start] ?? "") && CURRENCY.test(original[start - 1]!)) start--;
  return start === evidence.start && end === evidence.end ? evidence : { text: original.slice(start, end), start, end };
}

/** Whether `inner` lies within `outer`. */
export function within(inner: Evidence, outer: Evidence): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
