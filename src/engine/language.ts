import { francAll } from "franc";
import type { LanguageMarkers } from "./data.ts";
import { foldTwins } from "./normalize.ts";
import { letterWidthAt } from "./scripts.ts";
import type { DetectedLanguage } from "./types.ts";

/**
 * franc alone is weak here (shared/language-detection-notes.md): it takes
 * Russian for Bulgarian, never recognises Roman Urdu and confuses the Cyrillic
 * Central Asian languages on short ads. So: the script decides the family,
 * letters unique to each alphabet and frequent words decide the language, and
 * franc (restricted to our languages) only breaks ties. A local language wins
 * over Russian or English as soon as it has clear evidence, because mixed ads
 * are written for speakers of the local language.
 */

type Cyrillic = "ru" | "uz-Cyrl" | "tg" | "ky" | "kk";
type Latin = "en" | "ur-Latn" | "uz-Latn";

const FRANC_CYRILLIC: Record<string, Cyrillic> = { rus: "ru", uzn: "uz-Cyrl", tgk: "tg", kir: "ky", kaz: "kk" };
const FRANC_LATIN: Record<string, Latin> = { eng: "en", uzn: "uz-Latn" };

/** Letters that only some of our Cyrillic alphabets have, with the languages they point to. */
const CYRILLIC_LETTERS: Record<string, readonly Cyrillic[]> = {
  "ә": ["kk"],
  "ұ": ["kk"],
  "і": ["kk"],
  "һ": ["kk"],
  "ң": ["kk", "ky"],
  "ө": ["kk", "ky"],
  "ү": ["kk", "ky"],
  "қ": ["kk", "tg", "uz-Cyrl"],
  "ғ": ["kk", "tg", "uz-Cyrl"],
  "ӣ": ["tg"],
  "ӯ": ["tg"],
  "ҷ": ["tg"],
  "ҳ": ["tg", "uz-Cyrl"],
  "ў": ["uz-Cyrl"],
};

/** CYRILLIC_LETTERS by code unit, with the letters the Kyrgyz rule looks at. */
interface LetterInfo {
  langs: readonly Cyrillic[];
  kyrgyz: boolean;
  kazakh: boolean;
}
const FIRST_LETTER = 0x400;
const LAST_LETTER = 0x4ff;
const LETTER_BY_CODE: (LetterInfo | undefined)[] = Array.from({ length: LAST_LETTER - FIRST_LETTER + 1 }, () => undefined);
for (const [ch, langs] of Object.entries(CYRILLIC_LETTERS)) {
  LETTER_BY_CODE[ch.charCodeAt(0) - FIRST_LETTER] = { langs, kyrgyz: "ңөү".includes(ch), kazakh: "әұіһқғ".includes(ch) };
}

export interface LanguageDetector {
  detect(normalized: string): DetectedLanguage;
}

const APOSTROPHE = 0x27;

export function createLanguageDetector(markers: LanguageMarkers): LanguageDetector {
  // Words are compared with keyboard twins folded: Kazakh typed on a Russian keyboard ("жумыс", "емес")
  // still reads as Kazakh. A local word that Russian shares ("виза") says nothing against Russian.
  const russian = new Set((markers.ru?.words ?? []).map((w) => foldTwins(w.toLowerCase())));
  const wordSets = new Map<string, Set<string>>(
    Object.entries(markers).map(([lang, { words }]) => {
      const folded = words.map((w) => foldTwins(w.toLowerCase()));
      return [lang, new Set(lang === "ru" ? folded : folded.filter((w) => !russian.has(w)))];
    }),
  );

  // Each word once, with every language whose markers hold it: one look-up per word of the ad.
  const languagesOf = new Map<string, string[]>();
  for (const [lang, set] of wordSets) for (const w of set) languagesOf.set(w, [...(languagesOf.get(w) ?? []), lang]);

  // Only words that could be markers are cut out of the ad: right length, right first letter.
  const markerWords = [...languagesOf.keys()];
  const shortest = Math.min(...markerWords.map((w) => w.length));
  const longest = Math.max(...markerWords.map((w) => w.length));
  const firstCodes = new Set(markerWords.map((w) => w.charCodeAt(0)));

  /** The words of the text (runs of letters and apostrophes, as /[\p{L}']+/gu finds them) that could be marker words. */
  function candidateWords(folded: string): string[] {
    const words: string[] = [];
    for (let i = 0; i < folded.length; ) {
      const width = folded.charCodeAt(i) === APOSTROPHE ? 1 : letterWidthAt(folded, i);
      if (width === 0) {
        i++;
        continue;
      }
      const start = i;
      i += width;
      for (let w; i < folded.length && (w = folded.charCodeAt(i) === APOSTROPHE ? 1 : letterWidthAt(folded, i)) > 0; ) i += w;
      const length = i - start;
      if (length >= shortest && length <= longest && firstCodes.has(folded.charCodeAt(start))) words.push(folded.slice(start, i));
    }
    return words;
  }

  /** `words` are folded already (detect folds the whole text once). */
  function wordHits<L extends string>(words: readonly string[], langs: readonly L[]): Record<L, number> {
    const hits = Object.fromEntries(langs.map((l) => [l, 0])) as Record<L, number>;
    for (const word of words) {
      const found = languagesOf.get(word);
      if (found) for (const l of found) if (Object.hasOwn(hits, l)) hits[l as L]++;
    }
    return hits;
  }

  function francBest<L extends string>(text: string, map: Record<string, L>): L | undefined {
    const ranked = francAll(text, { only: Object.keys(map), minLength: 3 });
    const top = ranked[0];
    return top && top[0] !== "und" ? map[top[0]] : undefined;
  }

  function best<L extends string>(scores: Record<L, number>): [L, number] {
    let winner: [L, number] | undefined;
    for (const [l, s] of Object.entries(scores) as [L, number][]) if (!winner || s > winner[1]) winner = [l, s];
    return winner!;
  }

  /**
   * The winner once franc votes (`bonus` points to the language of `map` it names), without asking franc when the
   * vote cannot change it (scores are multiples of 0.5, so the sums are exact): franc costs hundreds of
   * microseconds, the check a few comparisons.
   */
  function withFrancVote<L extends string>(text: string, scores: Record<L, number>, map: Record<string, L>, bonus: number): L {
    const [leader, top] = best(scores);
    const order = Object.keys(scores);
    // best() keeps the first of equal scores: a vote ties the leader harmlessly only for a language listed after it.
    const decisive = Object.values(map).some(
      (l) => l !== leader && (scores[l] + bonus > top || (scores[l] + bonus === top && order.indexOf(l) < order.indexOf(leader))),
    );
    if (!decisive) return leader;
    const guess = francBest(text, map);
    if (guess) scores[guess] += bonus;
    return best(scores)[0];
  }

  function cyrillic(text: string, words: string[]): Cyrillic {
    const locals = ["uz-Cyrl", "tg", "ky", "kk"] as const;
    const scores: Record<Cyrillic, number> = { ru: 0, "uz-Cyrl": 0, tg: 0, ky: 0, kk: 0 };
    let kyrgyzLetters = false;
    let kazakhLetters = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < FIRST_LETTER || code > LAST_LETTER) continue;
      const letter = LETTER_BY_CODE[code - FIRST_LETTER];
      if (!letter) continue;
      kyrgyzLetters ||= letter.kyrgyz;
      kazakhLetters ||= letter.kazakh;
      // A letter shared by fewer alphabets is stronger evidence (3, 1.5 and 1: sums are exact in any order).
      for (const l of letter.langs) scores[l] += 3 / letter.langs.length;
    }
    const hits = wordHits(words, ["ru", ...locals]);
    for (const l of Object.keys(hits) as Cyrillic[]) scores[l] += 2 * hits[l];
    // Kyrgyz has no letter of its own: ң ө ү without any Kazakh-only letter lean Kyrgyz.
    if (kyrgyzLetters && !kazakhLetters) scores.ky += 1.5;
    const [local, localScore] = best({ "uz-Cyrl": scores["uz-Cyrl"], tg: scores.tg, ky: scores.ky, kk: scores.kk });
    // Mixed ads are written for speakers of the local language, but a Russian text that borrows a local
    // term ("Хокимият", "ишга") is still Russian.
    if (localScore >= 3 && localScore * 3 >= 2 * hits.ru) return local;
    // Clear Russian with no local letter or word: franc would only agree, at a hundred times the cost.
    if (localScore === 0 && hits.ru >= 2) return "ru";
    return withFrancVote(text, scores, FRANC_CYRILLIC, 2);
  }

  function latin(text: string, words: string[]): Latin {
    const hits = wordHits(words, ["en", "ur-Latn", "uz-Latn"] as const);
    const apostrophes = (text.match(/[og]'[\p{L}]/gu) ?? []).length;
    const scores: Record<Latin, number> = {
      en: hits.en,
      "ur-Latn": 1.5 * hits["ur-Latn"],
      "uz-Latn": 1.5 * hits["uz-Latn"] + 2 * apostrophes,
    };
    const [local, localScore] = best({ "ur-Latn": scores["ur-Latn"], "uz-Latn": scores["uz-Latn"] });
    if (localScore >= 3 && localScore >= scores.en * 0.5) return local;
    if (localScore === 0 && hits.en >= 3) return "en";
    return withFrancVote(text, scores, FRANC_LATIN, 1);
  }

  return {
    detect(normalized) {
      let arabic = 0;
      let cyr = 0;
      let lat = 0;
      // By code unit: every range below is in the Basic Multilingual Plane, and surrogates fall in none.
      for (let i = 0; i < normalized.length; i++) {
        const c = normalized.charCodeAt(i);
        if (c >= 0x0600 && c <= 0x06ff) arabic++;
        else if (c >= 0x0400 && c <= 0x04ff) cyr++;
        else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x24f)) lat++;
      }
      const letters = arabic + cyr + lat;
      if (letters < 2) return "und";
      // Arabic script among our users is Urdu, even in a mostly-English ad with an Urdu line.
      if (arabic >= Math.max(cyr, lat) || arabic >= 20) return "ur";
      // Keyboard twins are letters folded to letters, so folding first splits the words as before.
      const words = candidateWords(foldTwins(normalized));
      if (cyr >= lat) return cyrillic(normalized, words);
      return latin(normalized, words);
    },
  };
}
