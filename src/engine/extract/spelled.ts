import type { CompiledData } from "../compile.ts";
import type { Evidence } from "../types.ts";

type NumberWords = Pick<CompiledData, "numberWordValue" | "numberModifier" | "numberHundred" | "multiplierByWord">;

/** A number said in words, read. */
export interface SpelledNumber {
  value: number;
  /** The currency a multiplier implies ("lakh": rupees). */
  currency: string | undefined;
  /** The largest multiplier said ("тысяч", "lakh"), if any. */
  multiplier: number | undefined;
  /** Whether a word that counts was said (not only "тысяча"). */
  counted: boolean;
}

/**
 * "бес жүз мың" (5 × 100 × 1,000), "two hundred fifty", "ming ikki yuz" (1,000 + 2 × 100), "ساڑھے چھ لاکھ"
 * (6.5 × 100,000): words for units and tens add up; a hundred multiplies the group before it; a
 * thousand, lakh or million closes the group into the total.
 */
export function readSpelledNumber(words: string, data: NumberWords): SpelledNumber {
  let total = 0;
  let group = 0;
  let modifier = 0;
  let multiplier: number | undefined;
  let currency: string | undefined;
  let counted = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    const value = data.numberWordValue.get(word);
    const mod = data.numberModifier.get(word);
    const scale = data.multiplierByWord.get(word);
    if (value !== undefined) {
      group += value + modifier;
      modifier = 0;
      counted = true;
    } else if (mod !== undefined) modifier = mod;
    else if (data.numberHundred.has(word)) {
      group = (group || 1) * 100;
      counted = true;
    } else if (scale !== undefined) {
      total += (group || 1) * scale.value;
      group = 0;
      multiplier = Math.max(multiplier ?? 0, scale.value);
      currency ??= scale.currency;
    }
  }
  return { value: total + group, currency, multiplier, counted };
}

/** An amount as the money scan reports it (the digits' RegExpExecArray has this shape): where it starts, its text, its parts. */
export interface AmountMatch {
  index: number;
  0: string;
  groups?: { cur1?: string; num?: string; mult?: string; cur2?: string; words?: string };
}

/** What may stand between the words of one number. */
const BETWEEN_WORDS = /^[\s-]+$/u;

/**
 * Numbers said in words, as a voice note is written down ("скинуть четыреста долларов", "paanch lakh"): each
 * run of number words (the lexicon scan found them), with the currency said right after it, if any.
 */
export function spelledAmounts(normalized: string, numberWords: readonly Evidence[], data: Pick<CompiledData, "currencyNext">): AmountMatch[] {
  const found: AmountMatch[] = [];
  for (let i = 0; i < numberWords.length; ) {
    const start = numberWords[i]!.start;
    let end = numberWords[i]!.end;
    for (i++; i < numberWords.length && BETWEEN_WORDS.test(normalized.slice(end, numberWords[i]!.start)); i++) end = numberWords[i]!.end;
    const words = normalized.slice(start, end);
    data.currencyNext.lastIndex = end;
    const currency = data.currencyNext.exec(normalized);
    found.push(
      currency
        ? { index: start, 0: normalized.slice(start, data.currencyNext.lastIndex), groups: { words, cur2: currency.groups!.cur } }
        : { index: start, 0: words, groups: { words } },
    );
  }
  return found;
}
