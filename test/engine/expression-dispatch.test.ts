import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconIndex } from "../../src/engine/lexicon-index.ts";
import { foldPattern, normalizeForMatch } from "../../src/engine/normalize.ts";
import { requiredFactor } from "../../src/engine/required-factor.ts";
import { requiredLiteralLists, requiredLiterals } from "../../src/engine/required-literals.ts";
import { ANY, startStrings, withoutLeadingAssertions } from "../../src/engine/start-strings.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const LEXICONS = join(ROOT, "data", "lexicons");
const lexicons = readdirSync(LEXICONS)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(LEXICONS, f), "utf8")) as Record<string, unknown>);
/** Every `re:` entry of every lexicon, by list. */
const expressions = new Map<string, string[]>();
for (const lexicon of lexicons)
  for (const [list, entries] of Object.entries(lexicon))
    if (Array.isArray(entries)) for (const e of entries) if (typeof e === "string" && e.startsWith("re:")) (expressions.get(list) ?? expressions.set(list, []).get(list)!).push(e);

/** The engine's fixtures in every language: texts the expressions were written for, so many of them match. */
const texts = readdirSync(join(ROOT, "test", "fixtures", "ads"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "ads", f), "utf8")) as { text: string }[]).map((c) => c.text.normalize("NFKC")));

describe("startStrings", () => {
  it("lists how literal starts begin, up to the length asked, lower-cased", () => {
    expect(startStrings("(?<!x)(?:Visa|виза)\\s+100", 3)).toEqual(new Set(["vis", "виз"]));
    expect(startStrings("(?:a|b)?cd", 2)).toEqual(new Set(["ac", "bc", "cd"]));
    expect(startStrings("\\d{2,}\\s*%", 1)).toEqual(new Set([..."0123456789"]));
    expect(startStrings("x(?:y)?", 3)).toEqual(new Set(["x", "xy"]));
  });

  it("says ANY where a match can begin with a letter class, a negated class or nothing at all", () => {
    for (const source of ["\\p{L}{3,}ga", "[^a]b", "a*", "(?:x|)y?", ".x"]) expect(startStrings(source, 3), source).toBe(ANY);
  });
});

describe("withoutLeadingAssertions", () => {
  it("drops only the lookarounds each alternative starts with", () => {
    expect(withoutLeadingAssertions("(?<!\\p{L})(?<!no\\s)visa(?!\\p{L})|(?=\\d)\\d+")).toBe("visa(?!\\p{L})|\\d+");
    expect(withoutLeadingAssertions("^a")).toBe("^a");
  });
});

describe("requiredLiterals", () => {
  it("names the strings one of which every match contains, lower-cased", () => {
    expect(requiredLiterals("\\d+\\s*(?:Advance|аванс)")).toEqual(["advance", "аванс"]);
    expect(requiredLiterals("\\p{L}{3,}(?:ga|da)\\s+ish(?:lar)?")).toEqual(["ish"]);
    expect(requiredLiterals("x[\\s-]*(?=uz[\\s-]*xba)")).toEqual(["xba"]);
    expect(requiredLiterals("(?:only\\s+)?\\d+\\s+seats?\\s+left")).toEqual(["seat"]);
  });

  it("says nothing where a match needs no particular string", () => {
    for (const source of ["\\d{4}\\s+\\d{4}", "(?:visa)?\\d+", "a|\\d", "(?!visa)\\p{L}+", "x*y?"]) expect(requiredLiterals(source), source).toBeNull();
  });

  it("lists every part a match needs, best first, the word it begins with among them", () => {
    expect(requiredLiteralLists("паспорт\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:оила|хозяин)\\s+са[қк]лайди")).toEqual([["паспорт"], ["лайди"], ["оила", "хозяин"], ["са"]]);
    // Alternatives at the top need one of theirs each: one list, as requiredLiterals gives.
    expect(requiredLiteralLists("visa\\s+free|free\\s+visa")).toEqual([["visa", "free"]]);
    expect(requiredLiteralLists("\\d+(?:\\s+\\d+)?")).toEqual([]);
  });

});

describe("requiredFactor", () => {
  it("gives what follows an expression's unselective beginning", () => {
    expect(requiredFactor("\\p{L}{3,}(?:ga|da)\\s+ish(?:lar)?")).toBe("(?:ga|da)\\s+ish(?:lar)?");
    expect(requiredFactor("(?<!\\p{L})\\p{L}\\.\\s?\\p{L}\\.")).toBe("\\.\\s?\\p{L}\\.");
    expect(requiredFactor("[\\p{L}\\p{N}]+\\s+llc")).toBe("llc");
  });

  it("says nothing where the beginning is selective, the rest needs no string, or groups are referred back to", () => {
    for (const source of ["visa\\s+\\p{L}+", "\\p{L}+\\s*\\d+", "a|\\p{L}b", "\\p{L}(x)\\1", "\\p{L}(?<q>x)\\k<q>"]) expect(requiredFactor(source), source).toBeNull();
  });

  it("matches at or after the start of every match of its expression in the fixtures", () => {
    const normalized = texts.map(normalizeForMatch);
    let checked = 0;
    for (const entries of expressions.values())
      for (const entry of entries) {
        const source = foldPattern(entry.slice(3));
        // Those the scan searches for: the expressions that can begin at any word.
        const rest = startStrings(source, 3) === ANY ? requiredFactor(source) : null;
        if (!rest) continue;
        const whole = new RegExp(source, "giu");
        const after = new RegExp(rest, "iu");
        for (const text of normalized)
          for (const m of text.matchAll(whole)) {
            checked++;
            expect(after.test(text.slice(m.index)), `${entry} at "${m[0]}"`).toBe(true);
          }
      }
    expect(checked).toBeGreaterThanOrEqual(20);
  }, 120_000);
});

describe("what the scan assumes of every lexicon expression", () => {
  // One pass over the fixtures for both: compiling a thousand case-folding Unicode expressions is the slow
  // part, seconds on a quiet machine, so these two get a minute.
  it("every match in the fixtures begins with one of its start strings and contains one of its literals", () => {
    const normalized = texts.map(normalizeForMatch);
    let withStarts = 0;
    let withLiterals = 0;
    for (const entries of expressions.values())
      for (const entry of entries) {
        const source = foldPattern(entry.slice(3));
        const starts = startStrings(source, 3);
        const literals = requiredLiterals(source);
        const lists = requiredLiteralLists(source);
        if (starts === ANY && !literals) continue;
        const everywhere = new RegExp(source, "giu");
        for (const text of normalized)
          for (const m of text.matchAll(everywhere)) {
            if (!m[0]) continue;
            if (starts !== ANY) {
              withStarts++;
              expect([...starts].some((s) => m[0].toLowerCase().startsWith(s)), `${entry} begins "${m[0]}"`).toBe(true);
            }
            if (literals) {
              withLiterals++;
              expect(literals.some((s) => text.includes(s)), `${entry} in "${m[0]}"`).toBe(true);
              // The scan also relies on one of them beginning at or after the match (in a lower-cased advert).
              expect(literals.some((s) => text.lastIndexOf(s) >= m.index), `${entry} after "${m[0]}"`).toBe(true);
            }
            // And on each list of the requirements the scan checks before trying an expression at a word.
            for (const list of lists) expect(list.some((s) => text.lastIndexOf(s) >= m.index), `${entry}: ${list.join("|")} after "${m[0]}"`).toBe(true);
          }
      }
    expect(withStarts).toBeGreaterThan(400);
    expect(withLiterals).toBeGreaterThan(400);
  }, 120_000);
});

describe("the lexicon scan tries at a word only the expressions that can begin there", () => {
  it("finds what every list's expressions find when tried whole at every word", () => {
    const lists = Object.fromEntries(expressions);
    const index = new LexiconIndex(lists);
    // The reference: at every word and symbol, each list's expressions in order, the first that matches
    // (what the list as one alternation finds, without the cost of compiling that alternation).
    const whole = [...expressions].map(([list, entries]) => [list, entries.map((e) => new RegExp(foldPattern(e.slice(3)), "iuy"))] as const);
    // An expression that matches nowhere in a text matches at none of its words: trying word by word (the
    // costly part) only those that match somewhere finds the same first match at every word.
    const anywhere = new Map(whole.flatMap(([, regexes]) => regexes.map((r) => [r, new RegExp(r.source, "iu")] as const)));
    const firstMatch = (regexes: readonly RegExp[], text: string, at: number) => {
      for (const regex of regexes) {
        regex.lastIndex = at;
        const m = regex.exec(text);
        if (m) return m;
      }
      return null;
    };
    const RUN = /[\p{L}\p{M}\p{N}']+|[^\p{L}\p{M}\p{N}'\s\-_]+/gu;
    for (const text of texts.filter((_, i) => i % 5 === 0)) {
      const normalized = normalizeForMatch(text);
      const found = index.scan(normalized, text);
      for (const [list, all] of whole) {
        const regexes = all.filter((r) => anywhere.get(r)!.test(normalized));
        const expected: string[] = [];
        let covered = -1;
        for (const run of normalized.matchAll(RUN)) {
          let start = run.index;
          if (run[0] !== "'") while (normalized[start] === "'" && start < run.index + run[0].length) start++;
          if (start < covered) continue;
          const m = firstMatch(regexes, normalized, start);
          if (!m || !m[0]) continue;
          expected.push(text.slice(start, start + m[0].length));
          covered = start + m[0].length;
        }
        expect((found.get(list) ?? []).map((e) => e.text), `${list} in ${text.slice(0, 60)}`).toEqual(expected);
      }
    }
  }, 120_000);
});
