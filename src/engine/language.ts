import { francAll } from "franc";
import type { LanguageMarkers } from "./data.ts";
import { foldTwins } from "./normalize.ts";
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

export interface LanguageDetector {
  detect(normalized: string): DetectedLanguage;
}

const WORD = /[\p{L}']+/gu;

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

  function wordHits<L extends string>(words: readonly string[], langs: readonly L[]): Record<L, number> {
    const hits = Object.fromEntries(langs.map((l) => [l, 0])) as Record<L, number>;
    for (const word of words) {
      const w = foldTwins(word);
      for (const l of langs) if (wordSets.get(l)?.has(w)) hits[l]++;
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

  function cyrillic(text: string, words: string[]): Cyrillic {
    const locals = ["uz-Cyrl", "tg", "ky", "kk"] as const;
    const scores: Record<Cyrillic, number> = { ru: 0, "uz-Cyrl": 0, tg: 0, ky: 0, kk: 0 };
    for (const ch of text) {
      const langs = CYRILLIC_LETTERS[ch];
      if (!langs) continue;
      // A letter shared by fewer alphabets is stronger evidence.
      for (const l of langs) scores[l] += 3 / langs.length;
    }
    const hits = wordHits(words, ["ru", ...locals]);
    for (const l of Object.keys(hits) as Cyrillic[]) scores[l] += 2 * hits[l];
    // Kyrgyz has no letter of its own: ң ө ү without any Kazakh-only letter lean Kyrgyz.
    if (/[ңөү]/u.test(text) && !/[әұіһқғ]/u.test(text)) scores.ky += 1.5;
    const [local, localScore] = best({ "uz-Cyrl": scores["uz-Cyrl"], tg: scores.tg, ky: scores.ky, kk: scores.kk });
    // Mixed ads are written for speakers of the local language, but a Russian text that borrows a local
    // term ("Хокимият", "ишга") is still Russian.
    if (localScore >= 3 && localScore * 3 >= 2 * hits.ru) return local;
    // Clear Russian with no local letter or word: franc would only agree, at a hundred times the cost.
    if (localScore === 0 && hits.ru >= 2) return "ru";
    const guess = francBest(text, FRANC_CYRILLIC);
    if (guess) scores[guess] += 2;
    return best(scores)[0];
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
    const guess = francBest(text, FRANC_LATIN);
    if (guess) scores[guess] += 1;
    return best(scores)[0];
  }

  return {
    detect(normalized) {
      let arabic = 0;
      let cyr = 0;
      let lat = 0;
      for (const ch of normalized) {
        const c = ch.codePointAt(0)!;
        if (c >= 0x0600 && c <= 0x06ff) arabic++;
        else if (c >= 0x0400 && c <= 0x04ff) cyr++;
        else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x24f)) lat++;
      }
      const letters = arabic + cyr + lat;
      if (letters < 2) return "und";
      const words = normalized.match(WORD) ?? [];
      // Arabic script among our users is Urdu, even in a mostly-English ad with an Urdu line.
      if (arabic >= Math.max(cyr, lat) || arabic >= 20) return "ur";
      if (cyr >= lat) return cyrillic(normalized, words);
      return latin(normalized, words);
    },
  };
}
