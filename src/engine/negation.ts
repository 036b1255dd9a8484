import type { CompiledData } from "./compile.ts";
import type { Evidence } from "./types.ts";

/** How far before or after a phrase a word that negates it is looked for. */
const REACH = 24;

/**
 * "no advance payment" / "без предоплаты" / "advance nahi" / «анкета акысы» албайбыз:
 * a lawful ad's promise, not a demand. Read in the normalised text, as the
 * lists were compiled (ё as е, keyboard twins folded), not merely lower-cased.
 */
export function negatedIn(normalized: string, data: Pick<CompiledData, "negatedBefore" | "negatedAfter">): (e: Evidence) => boolean {
  return (e) => data.negatedBefore.test(normalized.slice(Math.max(0, e.start - REACH), e.start)) || data.negatedAfter.test(normalized.slice(e.end, e.end + REACH));
}
