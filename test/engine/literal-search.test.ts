import { describe, expect, it } from "vitest";
import { LiteralSearch } from "../../src/engine/literal-search.ts";
import { cutRuns } from "../../src/engine/runs.ts";

describe("LiteralSearch", () => {
  const literals = ["visa", "is", "a", "аванс", "s", "visas", "."];
  const search = new LiteralSearch(literals);

  it("finds where each literal last begins, as lastIndexOf would", () => {
    for (const text of ["visa is a visa", "visas. аванс 100% visas", "", "no such thing", "ssss"]) {
      const last = new Int32Array(literals.length).fill(-1);
      const found: number[] = [];
      search.search(text, last, found);
      literals.forEach((literal, id) => expect(last[id], `${literal} in "${text}"`).toBe(text.lastIndexOf(literal)));
      expect(found.sort()).toEqual(literals.flatMap((l, id) => (text.includes(l) ? [id] : [])).sort());
    }
  });

  it("agrees with lastIndexOf on random literals and texts over a small alphabet, where failure links chain", () => {
    // Seeded, so a failure names the same case each run.
    let seed = 71;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const word = (most: number) => Array.from({ length: 1 + Math.floor(random() * most) }, () => "abаб"[Math.floor(random() * 4)]).join("");
    for (let round = 0; round < 200; round++) {
      const many = [...new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => word(5)))];
      const search = new LiteralSearch(many);
      const text = word(40);
      const last = new Int32Array(many.length).fill(-1);
      const found: number[] = [];
      search.search(text, last, found);
      many.forEach((literal, id) => expect(last[id], `${literal} in "${text}"`).toBe(text.lastIndexOf(literal)));
      expect(found.sort((a, b) => a - b)).toEqual(many.flatMap((l, id) => (text.includes(l) ? [id] : [])));
    }
  });

  it("says a text reads its literals exactly unless it has a character an expression matches for another", () => {
    expect(search.readsExactly("visa and аванс, 100 %")).toBe(true);
    // Upper case, the final sigma (matches σ), the rounded Cyrillic ve (matches в) when a literal has в.
    expect(search.readsExactly("VISA")).toBe(false);
    expect(search.readsExactly("аванс ᲀ")).toBe(false);
    expect(new LiteralSearch(["σ"]).readsExactly("ς")).toBe(false);
  });
});

describe("cutRuns", () => {
  // The regular expression the table replaced, with the quote trimming.
  const RUN = /[\p{L}\p{M}\p{N}']+|[^\p{L}\p{M}\p{N}'\s\-_]+/gu;
  const reference = (text: string) =>
    [...text.matchAll(RUN)].map((m) => {
      let start = m.index;
      let end = start + m[0].length;
      if (m[0] !== "'") {
        while (start < end && text[start] === "'") start++;
        while (end > start && text[end - 1] === "'") end--;
      }
      return [start, end];
    });

  it("cuts as the Unicode expression does, surrogates and quotes included", () => {
    for (const text of ["visa 100% — 'free' ticket_", "'' ' 'a' b'' -'- x_y 😀😀 a😀b \ud800 x \udc00 𝐀𝐁 ''' a'b", "виза\u00a0бесплатно!!", ""]) {
      const runs = cutRuns(text);
      expect(Array.from({ length: runs.count }, (_, i) => [runs.starts[i], runs.ends[i]]), text).toEqual(reference(text));
    }
  });

  it("marks runs joined by separators only, not by a trimmed quote", () => {
    const runs = cutRuns("visa - fee 'x' y");
    expect(Array.from(runs.joined.subarray(0, runs.count))).toEqual([1, 0, 0, 0]);
  });
});
