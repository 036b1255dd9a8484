import type { Evidence } from "../types.ts";

const EMOJI = /\p{Extended_Pictographic}/gu;
const SHOUTING = /[\p{Lu}][\p{Lu}\s!]{10,}/u;
/**
 * Latin and Cyrillic letters side by side in one word: a trick to slip past keyword filters.
 * Letters only: the Cyrillic thousands sign "҂" and other symbols carry a script too.
 */
const MIXED_SCRIPTS = /(?=\p{L})(?:\p{Script=Latin}(?=\p{L})\p{Script=Cyrillic}|\p{Script=Cyrillic}(?=\p{L})\p{Script=Latin})/u;

function evidenceOf(m: RegExpExecArray | null): Evidence[] {
  return m ? [{ text: m[0].trim(), start: m.index, end: m.index + m[0].trim().length }] : [];
}

function shouting(original: string): Evidence[] {
  const lower = original.toLowerCase();
  const upper = original.toUpperCase();
  if (lower.length !== original.length || upper.length !== original.length) return [];
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < original.length; i++) {
    if (lower[i] === upper[i]) continue;
    letters++;
    if (original[i] === upper[i]) capitals++;
  }
  return letters >= 20 && capitals / letters > 0.6 ? evidenceOf(SHOUTING.exec(original)) : [];
}

function mixedScriptWord(original: string): Evidence[] {
  const mixed = MIXED_SCRIPTS.exec(original);
  if (!mixed) return [];
  // The first letter may lie outside the BMP (Latin Extended-F/G): cut after both of its code units.
  const split = mixed.index + String.fromCodePoint(original.codePointAt(mixed.index)!).length;
  const word = /[\p{L}]+$/u.exec(original.slice(0, split))!;
  const rest = /^[\p{L}]*/u.exec(original.slice(split))![0];
  return [{ text: word[0] + rest, start: word.index, end: split + rest.length }];
}

/** Mostly capitals, emoji floods, "!!!!", mixed-script words. */
export function formattingAnomalies(original: string): Evidence[] {
  const evidence = shouting(original);
  // Emoji that start a line are list bullets (✅ Salary …, 📞 Contact …), how tidy adverts are laid out too.
  const emojis = [...original.matchAll(EMOJI)].filter((m) => !/(?:^|\n)[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(original.slice(Math.max(0, m.index - 12), m.index)));
  if (emojis.length >= 5) evidence.push({ text: emojis[0]![0], start: emojis[0]!.index, end: emojis[0]!.index + emojis[0]![0].length });
  evidence.push(...evidenceOf(/!{3,}|\?{3,}/.exec(original)));
  evidence.push(...mixedScriptWord(original));
  return evidence;
}
