/** How many letters a text has, in any script: what tells an advert (or a caption that is one) from a label or noise. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
