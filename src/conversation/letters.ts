/** How many letters a text has, in any script: what tells an advert (or a caption that is one) from a label or noise. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** A message under this many letters is a greeting or a question, not an ad. */
export const MIN_AD_LETTERS = 12;
/** An answer to a report question is a few words; a pasted text this long that reads as a job ad is a new advert. */
export const NEW_AD_LETTERS = 60;
const SMALL_TALK_WORDS = 4;
const SMALL_TALK_LETTERS = 40;

/** A greeting or a question of a few words ("Assalomu alaykum", "Здравствуйте", "is this real?"): no advert. */
export function isSmallTalk(text: string, letters: number = letterCount(text)): boolean {
  return letters < MIN_AD_LETTERS || (letters < SMALL_TALK_LETTERS && text.trim().split(/\s+/u).length <= SMALL_TALK_WORDS);
}

/** Binary pasted as text: replacement characters and control codes instead of letters. */
export function isUnreadable(text: string): boolean {
  if (text.length === 0) return false;
  const junk = text.match(/[\uFFFD\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return junk / text.length > 0.1;
}
